package nl.opleidingsklimaat.coaching.coach;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/coaches")
@Tag(name = "Coaches", description = "The pool of coaches the COC office organises centrally")
public class CoachResource {

    @Inject
    CoachService coaches;

    @POST
    @RolesAllowed({Roles.COC, Roles.SYSTEM})
    @Operation(
            summary = "Register a coach",
            description =
                    "Profile, expertise, experience with residents, medical background, the "
                            + "institutions the coach works for (never matched to their residents), capacity (tracks at once), availability and fee per session.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples = @ExampleObject(name = "coach", value = CoachExamples.COACH_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = CoachView.class),
                            examples = @ExampleObject(name = "coach", value = CoachExamples.COACH)))
    @APIResponse(responseCode = "403", description = "Only the COC office or a system")
    @APIResponse(responseCode = "409", description = "A coach with this reference exists")
    public Response register(@NotNull @Valid CoachRequest request, @Context UriInfo uri) {
        CoachView coach = coaches.register(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(coach.id().toString()).build())
                .entity(coach)
                .build();
    }

    @GET
    @Authenticated
    @Operation(
            summary = "List coaches",
            description = "Coach profiles (no track or client data), optionally only the available ones.")
    @APIResponse(
            responseCode = "200",
            description = "A page of coaches",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public Page<CoachView> list(
            @QueryParam("available") @Parameter(description = "Only available (true) or unavailable (false)")
                    Boolean available,
            @BeanParam @Valid PageRequest page) {
        return coaches.list(available, page);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read a coach", description = "A coach's profile, capacity and tracks in hand.")
    @APIResponse(
            responseCode = "200",
            description = "The coach",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = CoachView.class),
                            examples = @ExampleObject(name = "coach", value = CoachExamples.COACH)))
    public CoachView get(@PathParam("id") UUID id) {
        return coaches.get(id);
    }

    @PUT
    @Path("/{id}/availability")
    @RolesAllowed({Roles.COACH, Roles.COC, Roles.SYSTEM})
    @Operation(
            summary = "Change availability and capacity",
            description = "By the coach themself or the COC office; capacity cannot go "
                    + "below the tracks the coach has in hand.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "availability",
                                            value = "{\"available\": false, \"capacity\": 3}")))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CoachView.class)))
    @APIResponse(responseCode = "404", description = "Unknown coach, or another coach's record")
    @APIResponse(responseCode = "409", description = "Capacity below the tracks in hand")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
    public CoachView availability(@PathParam("id") UUID id, @NotNull @Valid AvailabilityRequest request) {
        return coaches.changeAvailability(id, request);
    }
}
