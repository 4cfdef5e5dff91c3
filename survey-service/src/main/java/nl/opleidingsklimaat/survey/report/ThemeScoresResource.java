package nl.opleidingsklimaat.survey.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/theme-scores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COC, Roles.EDUCATION_ADVISOR, Roles.PROGRAMME_DIRECTOR, Roles.SUPERVISOR, Roles.SYSTEM})
@Tag(name = "Reports")
public class ThemeScoresResource {
    @Inject
    ReportService reports;

    @GET
    @Operation(
            summary = "Theme scores per programme next to earlier years (dashboards)",
            description =
                    "Year on year for the COC's and the region's dashboards: per programme whose figures the caller reads (COC: its institution's programmes; the region's education advisor: the region's; director, supervisors and machine tokens: their programmes once released), the theme means of this campaign with institution and region, and the programme's means of the earlier campaigns of this chain (made with POST /api/campaigns/{id}/successor), only years whose report of the programme was released and as the caller reads that year's report. Paged, optionally one institution; a read of others' figures is audit-logged.")
    @APIResponse(
            responseCode = "200",
            description = "A page of programmes with their theme scores",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "theme scores", value = ReportExamples.THEME_SCORES)))
    @APIResponse(responseCode = "403", description = "Not a reader of reports")
    @APIResponse(responseCode = "404", description = "No such campaign in the caller's scope")
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet")
    public Page<ProgrammeThemeScores> themeScores(
            @PathParam("id") UUID id,
            @QueryParam("institution") @Parameter(description = "Only this institution's programmes, e.g. LUMC")
                    String institution,
            @BeanParam @Valid PageRequest page) {
        return reports.themeScores(id, institution, page);
    }
}
