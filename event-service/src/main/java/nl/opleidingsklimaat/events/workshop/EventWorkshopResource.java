package nl.opleidingsklimaat.events.workshop;

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

@Path("/api/training-events/{eventId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workshop rounds", description = "Parallel workshops with capacities, ranked choices and their allocation")
public class EventWorkshopResource {
    @Inject
    WorkshopService service;

    @POST
    @Path("/workshop-rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a workshop round",
            description = "A round of parallel workshops, each with its own capacity. Give a workshop that "
                    + "is repeated in a later round the same code: nobody is placed in it twice.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopRoundRequest.class),
                            examples = @ExampleObject(name = "round", value = WorkshopExamples.ROUND)))
    @APIResponse(
            responseCode = "201",
            description = "The round",
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopRoundView.class),
                            examples = @ExampleObject(name = "round", value = WorkshopExamples.ROUND_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid workshops (e.g. a code twice)")
    @APIResponse(responseCode = "409", description = "The event is cancelled or held")
    public Response addRound(
            @PathParam("eventId") UUID eventId, @NotNull @Valid WorkshopRoundRequest request, @Context UriInfo uri) {
        WorkshopRoundView round = service.addRound(eventId, request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(round.id().toString()).build())
                .entity(round)
                .build();
    }

    @GET
    @Path("/workshop-rounds")
    @Operation(
            summary = "List an event's workshop rounds",
            description = "In programme order, for everyone who may see the event.")
    @APIResponse(
            responseCode = "200",
            description = "One page of rounds",
            content = @Content(schema = @Schema(implementation = Page.class)))
    public Page<WorkshopRoundView> rounds(@PathParam("eventId") UUID eventId, @BeanParam @Valid PageRequest page) {
        return service.rounds(eventId, page);
    }

    @POST
    @Path("/workshop-allocation")
    @Operation(
            summary = "Allocate workshops",
            description =
                    "Places every registered participant who made choices: at most one workshop per round, "
                            + "never the same workshop twice, never over capacity. Choices are honoured rank by rank (all first choices that fit before any second "
                            + "choice), so each round gets as many first choices as the capacities allow. Oversubscribed seats go first to those placed furthest "
                            + "below their first choices in earlier rounds, then by a lottery fixed per event and participant. Someone whose choices are all full is placed "
                            + "in the workshop with most free seats they have not had. Running it again replaces the previous allocation.")
    @APIResponse(
            responseCode = "200",
            description = "How the rounds were filled",
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopAllocationSummary.class),
                            examples = @ExampleObject(name = "summary", value = WorkshopExamples.SUMMARY)))
    @APIResponse(responseCode = "409", description = "The event is not published")
    @APIResponse(responseCode = "422", description = "The event has no workshop rounds")
    public WorkshopAllocationSummary allocate(@PathParam("eventId") UUID eventId) {
        return service.allocate(eventId);
    }
}
