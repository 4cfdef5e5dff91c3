package nl.opleidingsklimaat.survey.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COC, Roles.EDUCATION_ADVISOR, Roles.PROGRAMME_DIRECTOR, Roles.SUPERVISOR, Roles.SYSTEM})
@Tag(
        name = "Reports",
        description =
                "Per-programme reports under the release rule: the programme side gets figures only at or above the threshold; the COC and the region's education advisor always")
public class ReportResource {
    static final String SUMMARIES = """
            { "items": [
                { "programmeCode": "LUMC-INT", "institutionCode": "LUMC", "status": "RELEASED", "invited": 12, "lateInvitations": 0, "respondents": 9, "responseRate": 0.750 },
                { "programmeCode": "LUMC-KNO", "institutionCode": "LUMC", "status": "WITHHELD" }
              ], "page": 0, "size": 50, "totalItems": 2, "totalPages": 1 }""";
    static final String REPORT = """
            {
              "campaignId": "6f1c3a52-8a0e-4f55-9a43-1c1f5c0c2b7e", "campaignName": "Opleidingsmonitor OOR Leiden 2027",
              "instrumentCode": "opleidingsmonitor", "instrumentVersion": "2026.1", "programmeCode": "LUMC-INT", "institutionCode": "LUMC",
              "regionCode": "OOR-LEIDEN", "status": "RELEASED", "threshold": 4, "invited": 12, "lateInvitations": 1, "respondents": 9, "responseRate": 0.750,
              "domains": [ { "domain": "begeleiding-en-supervisie", "name": "Begeleiding en supervisie", "mean": 4.21, "respondents": 9,
                             "institutionMean": 3.95, "institutionRespondents": 31, "regionMean": 3.88, "regionRespondents": 402 } ],
              "strengths": [ "Domein Begeleiding en supervisie: gemiddeld 4.21 (regio 3.88)" ],
              "attentionPoints": [ "Item OO-02 'Het rooster laat voldoende ruimte voor onderwijs en zelfstudie.': gemiddeld 2.67" ],
              "items": [
                { "item": "BS-01", "domain": "begeleiding-en-supervisie", "text": "Als ik tijdens een dienst een supervisor nodig heb, is die snel bereikbaar.",
                  "scale": "LIKERT_5", "higherIsBetter": true, "suppressed": false, "n": 8, "notApplicable": 1, "mean": 4.25,
                  "standardDeviation": 0.71, "distribution": { "3": 1, "4": 4, "5": 3 } },
                { "item": "BS-05", "domain": "begeleiding-en-supervisie", "text": "Bij verrichtingen word ik begeleid totdat ik ze zelfstandig kan uitvoeren.",
                  "scale": "LIKERT_5", "higherIsBetter": true, "suppressed": true }
              ],
              "openAnswers": 11, "openAnswersReview": "REVIEWED"
            }""";
    static final String OPEN_ANSWERS = """
            { "items": [ { "item": "OPEN-STERK", "text": "Veel ruimte om zelfstandig te werken." },
                         { "item": "OPEN-VERBETER", "text": "[verwijderd door de COC]" } ],
              "page": 0, "size": 50, "totalItems": 2, "totalPages": 1 }""";
    static final String OPEN_ANSWERS_FOR_COC = """
            { "items": [ { "id": "0b9d3c1e-52f4-9a6e-1c0d-7f6a2b8e4d31", "item": "OPEN-VERBETER",
                           "text": "Bel Jan de Vries, 06-12345678, hij weet wat er speelt.", "flags": ["phone-number"],
                           "shownToProgrammeAs": "[verwijderd door de COC]" } ],
              "page": 0, "size": 50, "totalItems": 1, "totalPages": 1 }""";
    static final String REVIEW = """
            { "redactions": [
                { "answerId": "0b9d3c1e-52f4-9a6e-1c0d-7f6a2b8e4d31", "remove": true },
                { "answerId": "5f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9", "replacement": "Mijn opleider [naam] neemt de tijd voor ons." }
              ] }""";
    static final String REVIEW_RESULT = """
            { "openAnswers": 11, "redacted": 2, "status": "REVIEWED" }""";
    static final String AWAITING_REVIEW = """
            { "type": "https://opleidingsklimaat.nl/problems/conflict", "title": "Conflict", "status": 409,
              "detail": "Awaiting COC review: the open answers of LUMC-INT are shown to the programme once the COC of LUMC has reviewed them" }""";
    static final String WITHHELD = """
            { "type": "https://opleidingsklimaat.nl/problems/forbidden", "title": "Not allowed", "status": 403,
              "detail": "No report: fewer than 4 residents of LUMC-KNO responded, so the programme gets no figures (the COC and the education advisor do)" }""";

    @Inject
    ReportService reports;

    @GET
    @Operation(
            summary = "List the reports of a campaign",
            description =
                    "The programmes whose report the caller may see, with status RELEASED or WITHHELD; counts (with lateInvitations: invitations added after opening) only where the caller may see figures (never for the programme side or a machine token of a withheld report). A list with counts of others' programmes is audit-logged.")
    @APIResponse(
            responseCode = "200",
            description = "A page of reports",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "reports", value = SUMMARIES)))
    @APIResponse(
            responseCode = "400",
            description = "Bad paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or an invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a role that reads reports",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign in the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The campaign has not closed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReportSummary> list(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return reports.list(id, page);
    }

    @GET
    @Path("/{programmeCode}")
    @Operation(
            summary = "Read a programme's report",
            description =
                    "Per item n, mean, standard deviation and answer distribution; per domain the mean with the institution and region (from released programmes only); strengths and attention points. For the programme side: only when released, and items answered by fewer than the threshold show no figures. Reads by others than the programme side are audit-logged.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class),
                            examples = @ExampleObject(name = "report", value = REPORT)))
    @APIResponse(
            responseCode = "401",
            description = "No or an invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description =
                    "No report for the programme side (fewer respondents than the threshold), or not a reader of reports",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "withheld", value = WITHHELD)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign or programme in the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The campaign has not closed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportView read(@PathParam("id") UUID id, @PathParam("programmeCode") String programmeCode) {
        return reports.read(id, programmeCode);
    }

    @GET
    @Path("/{programmeCode}/open-answers")
    @Operation(
            summary = "Read a programme's open answers",
            description =
                    "Sorted by question and text (never in the order given); same release rule as the report; paged. The COC and the education advisor read every answer as given, with its id and flags for what may identify someone (email-address, phone-number). The programme side (and machine tokens) read them only after the COC of the programme's institution reviewed them, with the COC's redactions applied; before that 409 'Awaiting COC review'.")
    @APIResponse(
            responseCode = "200",
            description = "A page of open answers",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "programme side", value = OPEN_ANSWERS),
                                @ExampleObject(name = "COC", value = OPEN_ANSWERS_FOR_COC)
                            }))
    @APIResponse(
            responseCode = "400",
            description = "Bad paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No or an invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "No report for the programme side, or not a reader of reports",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "withheld", value = WITHHELD)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign or programme in the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The campaign has not closed yet, or (programme side) the COC has not reviewed the open answers yet",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "awaiting review", value = AWAITING_REVIEW)))
    public Page<OpenAnswerView> openAnswers(
            @PathParam("id") UUID id,
            @PathParam("programmeCode") String programmeCode,
            @BeanParam @Valid PageRequest page) {
        return reports.openAnswers(id, programmeCode, page);
    }

    @POST
    @Path("/{programmeCode}/open-answers/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COC)
    @Operation(
            summary = "Review a programme's open answers (COC)",
            description =
                    "The COC of the programme's institution releases the open answers to the programme side, optionally redacting answers that identify someone: replaced by the COC's own text, or removed (the programme side then reads '[verwijderd door de COC]'). A new review replaces the earlier one. Unknown or repeated answer ids store nothing (422). The review and every redaction are audit-logged.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpenAnswerReviewRequest.class),
                            examples = @ExampleObject(name = "review", value = REVIEW)))
    @APIResponse(
            responseCode = "200",
            description = "Reviewed; the programme side reads the open answers from now on",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpenAnswerReviewResult.class),
                            examples = @ExampleObject(name = "result", value = REVIEW_RESULT)))
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
            description = "Not the COC of the programme's institution",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign or programme in the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The campaign has not closed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "A redaction names no answer of this report, or one twice; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpenAnswerReviewResult review(
            @PathParam("id") UUID id,
            @PathParam("programmeCode") String programmeCode,
            @Valid OpenAnswerReviewRequest request) {
        return reports.reviewOpenAnswers(
                id, programmeCode, request == null ? new OpenAnswerReviewRequest(List.of()) : request);
    }

    @GET
    @Path("/{programmeCode}/export")
    @Produces("text/csv")
    @Operation(
            summary = "Export a programme's report as CSV",
            description =
                    "One line per item with n, mean and standard deviation, and one per open answer (column answer); same release rule and suppression as the report, and open answers for the programme side only once the COC reviewed them (redacted). Cells that a spreadsheet would run as a formula start with an apostrophe.")
    @APIResponse(
            responseCode = "200",
            description = "The CSV",
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "csv",
                                            value =
                                                    "programme,domain,item,text,n,notApplicable,mean,standardDeviation,suppressed,answer\nLUMC-INT,begeleiding-en-supervisie,BS-01,\"Als ik ...\",8,1,4.25,0.71,false,\nLUMC-INT,open-vragen,OPEN-STERK,\"Wat gaat er goed?\",,,,,,\"Veel ruimte om zelfstandig te werken.\"\n")))
    @APIResponse(
            responseCode = "401",
            description = "No or an invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "No report for the programme side, or not a reader of reports",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "withheld", value = WITHHELD)))
    @APIResponse(
            responseCode = "404",
            description = "No such campaign or programme in the caller's scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The campaign has not closed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@PathParam("id") UUID id, @PathParam("programmeCode") String programmeCode) {
        return Response.ok(reports.exportCsv(id, programmeCode), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"report-" + programmeCode + ".csv\"")
                .build();
    }
}
