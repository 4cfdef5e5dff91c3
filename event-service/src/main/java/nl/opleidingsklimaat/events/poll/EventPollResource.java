package nl.opleidingsklimaat.events.poll;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training-events/{eventId}/polls")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Live polls",
        description =
                "Questions during a session: opened and closed by the organiser, answered anonymously once per participant")
public class EventPollResource {
    @Inject
    PollService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Prepare a poll",
            description =
                    "Multiple choice (2-12 options), a scale (scaleMin-scaleMax) or a word cloud. Organisers only. A "
                            + "multiple-choice poll with correctOptions is a quiz: its correct answer is shown (results, room screen, phone) "
                            + "only once it is closed, with the share of counted answers that were correct; no one's own score is kept.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PollRequest.class),
                            examples = {
                                @ExampleObject(name = "scale", value = PollExamples.POLL),
                                @ExampleObject(name = "quiz", value = PollExamples.QUIZ)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "The prepared poll",
            content =
                    @Content(
                            schema = @Schema(implementation = PollView.class),
                            examples = @ExampleObject(name = "poll", value = PollExamples.POLL_VIEW)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid poll (e.g. one option, no scale, a correct option that is not an option)")
    @APIResponse(responseCode = "409", description = "The event is cancelled or held")
    public Response create(
            @PathParam("eventId") UUID eventId, @NotNull @Valid PollRequest request, @Context UriInfo uri) {
        PollView poll = service.create(eventId, request);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/polls")
                        .path(poll.id().toString())
                        .build())
                .entity(poll)
                .build();
    }

    @GET
    @Operation(summary = "List an event's polls", description = "For everyone who may see the event.")
    @APIResponse(
            responseCode = "200",
            description = "One page of polls",
            content = @Content(schema = @Schema(implementation = Page.class)))
    public Page<PollView> list(@PathParam("eventId") UUID eventId, @BeanParam @Valid PageRequest page) {
        return service.ofEvent(eventId, page);
    }
}
