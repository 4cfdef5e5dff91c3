package nl.opleidingsklimaat.coaching.cost;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/cost-overviews")
@Tag(
        name = "Costs",
        description = "Own contribution EUR 150 per track; the department pays the rest of the coach's fee")
public class CostOverviewResource {

    @Inject
    CostOverviewService costs;

    @GET
    @Path("/institutions/{code}")
    @RolesAllowed({Roles.COC, Roles.BOARD, Roles.SYSTEM})
    @Operation(
            summary = "Cost overview per department",
            description = "For each department (programme) of the institution: sessions "
                    + "held, the coaches' fees, the residents' own contributions and the department's share. No person is named. A department whose "
                    + "tracks are of 1 to 3 residents shows only \"fewer than 4\"; the institution's totals are left out when they would give such a "
                    + "department's figures back. COC, board, or a system token scoped to the institution.")
    @APIResponse(
            responseCode = "200",
            description = "The overview",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = InstitutionCosts.class),
                            examples = @ExampleObject(name = "overview", value = CostOverviewExamples.EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Only the COC, the board or a system")
    public InstitutionCosts institution(@PathParam("code") String code) {
        return costs.institution(code);
    }
}
