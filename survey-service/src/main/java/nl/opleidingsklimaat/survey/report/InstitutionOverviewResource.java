package nl.opleidingsklimaat.survey.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/institutions/{institutionCode}/overview")
@Produces(ReportResource.PDF)
@RolesAllowed(Roles.COC)
@Tag(name = "Reports")
public class InstitutionOverviewResource {
    @Inject
    ReportService reports;

    @GET
    @Operation(
            summary = "Read the COC's overview of its programmes as a PDF",
            description =
                    "Every programme of the institution in the campaign, released or under the threshold, with respondents, response rate and the theme means, as a table and a bar chart, in Dutch. For the COC of that institution only (the figures under the threshold never go to the programme side); audit-logged.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = ReportResource.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not the COC of this institution")
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet")
    public Response overview(@PathParam("id") UUID id, @PathParam("institutionCode") String institutionCode) {
        return Response.ok(reports.institutionOverviewPdf(id, institutionCode), ReportResource.PDF)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"overzicht-" + institutionCode.replaceAll("[^A-Za-z0-9_-]", "")
                                + ".pdf\"")
                .build();
    }
}
