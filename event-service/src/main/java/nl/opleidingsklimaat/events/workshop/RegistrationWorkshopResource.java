package nl.opleidingsklimaat.events.workshop;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/registrations/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workshop rounds", description = "Parallel workshops with capacities, ranked choices and their allocation")
public class RegistrationWorkshopResource {
    @Inject
    WorkshopService service;

    @PUT
    @Path("/workshop-choices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Rank my workshop choices",
            description =
                    "Per round, the workshop codes of that round, most wanted first. Replaces "
                            + "earlier choices. A code that the round does not give, a round of another event or a code ranked twice is a 422.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopChoicesRequest.class),
                            examples = @ExampleObject(name = "two rounds", value = WorkshopExamples.CHOICES)))
    @APIResponse(
            responseCode = "200",
            description = "Saved; the current placements (empty until allocated)",
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopPlacementView.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "placements", value = WorkshopExamples.PLACEMENTS)))
    @APIResponse(responseCode = "409", description = "The registration does not hold a seat")
    @APIResponse(
            responseCode = "422",
            description = "A choice in the wrong round, or ranked twice",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "wrong round", value = WorkshopExamples.WRONG_ROUND)))
    public List<WorkshopPlacementView> choose(
            @PathParam("id") UUID id, @NotNull @Valid WorkshopChoicesRequest request) {
        return service.choose(id, request);
    }

    @GET
    @Path("/workshops")
    @Operation(
            summary = "My workshops",
            description = "The workshops a registration was placed in, per round, with the rank of the choice.")
    @APIResponse(
            responseCode = "200",
            description = "Placements in round order",
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopPlacementView.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "placements", value = WorkshopExamples.PLACEMENTS)))
    public List<WorkshopPlacementView> placements(@PathParam("id") UUID id) {
        return service.placementsOf(id);
    }
}
