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
    static final String JSON_EXAMPLE = """
            {
              "invitations": [
                { "email": "aios1@lumc.nl", "programmeCode": "LUMC-INT", "reference": "hr-88213" },
                { "email": "aios2@lumc.nl", "programmeCode": "LUMC-INT", "reference": null }
              ]
            }""";
    static final String CSV_EXAMPLE = """
            email,programmeCode,reference
            aios1@lumc.nl,LUMC-INT,hr-88213
            aios2@lumc.nl,LUMC-INT,
            """;
    static final String RESULT_EXAMPLE = """
            { "imported": 2, "invitedInCampaign": 2, "mailed": 0 }""";
    static final String ERROR_EXAMPLE = """
            {
              "type": "https://opleidingsklimaat.nl/problems/unprocessable",
              "title": "Request cannot be processed",
              "status": 422,
              "detail": "2 of 3 rows are invalid; nothing was imported",
              "violations": [
                { "field": "invitations[1].email", "message": "must be a well-formed e-mail address" },
                { "field": "invitations[2].programmeCode", "message": "unknown programme XYZ-INT in region OOR-LEIDEN" }
              ]
            }""";

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
                            examples = @ExampleObject(name = "invitations", value = JSON_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(name = "result", value = RESULT_EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or an invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the region's coordinator (before opening) or education advisor (after)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign in the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The campaign is closed, or it is open and the caller is not the region's education advisor (the roster froze at opening)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Rows with errors; nothing imported",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "rows", value = ERROR_EXAMPLE)))
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
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING),
                            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Imported",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(name = "result", value = RESULT_EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            description = "Not a readable CSV or a wrong header",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or an invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not the region's coordinator (before opening) or education advisor (after)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign in the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The campaign is closed, or it is open and the caller is not the region's education advisor (the roster froze at opening)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Rows with errors; nothing imported",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "rows", value = ERROR_EXAMPLE)))
    public ImportResult importCsv(@PathParam("id") UUID id, String csv) {
        ImportOutcome outcome = imports.importCsv(id, csv);
        mailer.send(outcome.mails());
        return outcome.result();
    }
}
