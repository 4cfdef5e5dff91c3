package nl.opleidingsklimaat.events.registration;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training-events/{eventId}/registrations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Registering for events, the waiting list, confirmation of offered seats")
public class EventRegistrationResource {
    @Inject
    RegistrationService service;

    @POST
    @Operation(
            summary = "Register for a published event",
            description =
                    "Registers the caller (or, with a system token, the person named by "
                            + "personReference). While seats are free the registration holds a seat; past capacity it joins the waiting list. Registering twice "
                            + "is a 409; a draft or cancelled event a 409; a past event or a passed deadline a 422. Accreditation needs a BIG number.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = RegistrationRequest.class),
                            examples = @ExampleObject(name = "director", value = RegistrationExamples.REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered or waitlisted (see status); Location names the registration",
            content =
                    @Content(
                            schema = @Schema(implementation = RegistrationView.class),
                            examples = {
                                @ExampleObject(name = "registered", value = RegistrationExamples.VIEW),
                                @ExampleObject(name = "waitlisted", value = RegistrationExamples.WAITLISTED)
                            }))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, unknown programme or institution, or a BIG number missing")
    @APIResponse(responseCode = "403", description = "Registering someone else without a system token")
    @APIResponse(
            responseCode = "409",
            description = "Already registered, or the event is a draft or cancelled",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "duplicate", value = RegistrationExamples.DUPLICATE)))
    @APIResponse(
            responseCode = "422",
            description = "The event has passed or registration has closed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "past", value = RegistrationExamples.CLOSED)))
    @APIResponse(
            responseCode = "503",
            description =
                    "The registration desk is full, slow to decide, or shutting down: try again after the seconds "
                            + "in Retry-After (when full, nothing was stored; after a slow decision, look at your registrations first)")
    @Blocking // the checks may read the event; the worker thread is free again once the registration waits at the desk
    public CompletionStage<Response> register(
            @PathParam("eventId") UUID eventId, @NotNull @Valid RegistrationRequest request, @Context UriInfo uri) {
        return service.register(eventId, request)
                .thenApply(created -> Response.created(uri.getBaseUriBuilder()
                                .path("api/registrations")
                                .path(created.id().toString())
                                .build())
                        .entity(created)
                        .build());
    }

    @GET
    @Operation(
            summary = "List an event's registrations (organisers)",
            description = "Registrations with names and BIG numbers, for the event's "
                    + "organisers only; every read is audited. Filter by status, e.g. waitlisted.")
    @APIResponse(
            responseCode = "200",
            description = "One page of registrations",
            content =
                    @Content(
                            schema = @Schema(implementation = Page.class),
                            examples = @ExampleObject(name = "page", value = RegistrationExamples.PAGE)))
    public Page<RegistrationView> list(
            @PathParam("eventId") UUID eventId,
            @QueryParam("status") @Parameter(description = "registered, waitlisted, offered, expired or cancelled")
                    RegistrationStatus status,
            @BeanParam @Valid PageRequest page) {
        return service.ofEvent(eventId, status, page);
    }
}
