package nl.opleidingsklimaat.coaching.evaluation;

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

@Path("/api/effect-reports")
@Tag(
        name = "Effect",
        description = "The effect measure before and after coaching and intervision, and the evaluation of tracks,"
                + " per institution; anonymous, never from fewer than 4")
public class EffectReportResource {
    @Inject
    EffectReportService reports;

    @GET
    @Path("/institutions/{code}")
    @RolesAllowed({Roles.COC, Roles.BOARD, Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    @Operation(
            summary = "Effect of coaching and intervision in an institution",
            description = "For residents and, apart, for supervisors: the effect measure (Veerkracht, Reflectie; 1-5)"
                    + " before and after coaching tracks and before and after intervision cycles, the change of the"
                    + " means, and the evaluation of ended tracks. Answers are anonymous: they are sealed and reach"
                    + " the figures in groups of at least 4 of the institution, so no figure comes from fewer than 4"
                    + " and none changes by one answer. COC, board, the region's coordinator and advisor, or a"
                    + " system token scoped to the institution.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = EffectReport.class),
                            examples = @ExampleObject(name = "report", value = EvaluationExamples.REPORT)))
    @APIResponse(responseCode = "403", description = "Not a COC, board, coordinator, advisor or system")
    public EffectReport institution(@PathParam("code") String code) {
        return reports.institution(code);
    }
}
