package nl.opleidingsklimaat.quality.plan;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.plan.PlanApi.OverdueAction;
import nl.opleidingsklimaat.quality.registry.Institution;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/overdue-actions")
@Tag(name = "Improvement plans")
@Authenticated
public class OverdueActionsResource {

    @Inject
    OverdueActions overdue;

    @Inject
    Visibility visibility;

    @GET
    @Operation(
            summary = "Overdue actions of an institution",
            description =
                    "Open actions past their due date in the institution's plans that are not closed, oldest due date first. For COC and board of the institution and the region's coordinators and advisors.")
    @APIResponse(responseCode = "200", description = "One page of overdue actions")
    @APIResponse(
            responseCode = "400",
            description = "institutionCode missing or invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "Institution absent or out of scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OverdueAction> list(
            @QueryParam("institutionCode") @NotBlank String institutionCode, @BeanParam @Valid PageRequest page) {
        Institution institution = Institution.findById(institutionCode);
        if (institution == null || !visibility.institution(institution.code, institution.regionCode)) {
            throw ProblemException.notFound("Institution %s not found", institutionCode);
        }
        return overdue.of(institution.code, page);
    }
}
