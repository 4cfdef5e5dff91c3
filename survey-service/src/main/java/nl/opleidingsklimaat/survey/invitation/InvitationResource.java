package nl.opleidingsklimaat.survey.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
@Tag(
        name = "Invitations",
        description = "The invited residents of a campaign; each gets a personal single-use link by e-mail")
public class InvitationResource {
    @Inject
    InvitationImport imports;

    @Inject
    InvitationMailer mailer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import invited residents (JSON)",
            description =
                    "All-or-nothing: every row is checked (well-formed e-mail, programme known in the campaign's region, no duplicates in the import or the campaign) and one 422 lists every bad row; nothing is stored unless all rows are good. The roster freezes when the campaign opens: before, the region's coordinator imports it (mailed at opening); after, only the region's education advisor may add invitations, which are marked late, mailed at once and counted on the report (lateInvitations). Every change is audit-logged with its count.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InvitationImportRequest.class),
                            examples = @ExampleObject(name = "invitations", value = InvitationExamples.JSON_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(name = "result", value = InvitationExamples.RESULT_EXAMPLE)))
    @APIResponse(
            responseCode = "403",
            description = "Not the region's coordinator (before opening) or education advisor (after)")
    @APIResponse(
            responseCode = "409",
            description =
                    "The campaign is closed, or it is open and the caller is not the region's education advisor (the roster froze at opening)")
    @APIResponse(
            responseCode = "422",
            description = "Rows with errors; nothing imported",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "rows", value = InvitationExamples.ERROR_EXAMPLE)))
    public ImportResult importJson(@PathParam("id") UUID id, @NotNull @Valid InvitationImportRequest request) {
        ImportOutcome outcome = imports.importJson(id, request.invitations());
        mailer.send(outcome.mails());
        return outcome.result();
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import invited residents (CSV)",
            description =
                    "The same import from a CSV with the header email,programmeCode,reference (reference optional). Violations name the file's line, e.g. line[3].email.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = InvitationExamples.CSV_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(name = "result", value = InvitationExamples.RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a readable CSV or a wrong header")
    @APIResponse(
            responseCode = "403",
            description = "Not the region's coordinator (before opening) or education advisor (after)")
    @APIResponse(
            responseCode = "409",
            description =
                    "The campaign is closed, or it is open and the caller is not the region's education advisor (the roster froze at opening)")
    @APIResponse(
            responseCode = "422",
            description = "Rows with errors; nothing imported",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "rows", value = InvitationExamples.ERROR_EXAMPLE)))
    public ImportResult importCsv(@PathParam("id") UUID id, String csv) {
        ImportOutcome outcome = imports.importCsv(id, csv);
        mailer.send(outcome.mails());
        return outcome.result();
    }
}
