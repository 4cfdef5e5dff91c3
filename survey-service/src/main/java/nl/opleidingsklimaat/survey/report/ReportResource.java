package nl.opleidingsklimaat.survey.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COC, Roles.EDUCATION_ADVISOR, Roles.PROGRAMME_DIRECTOR, Roles.SUPERVISOR, Roles.SYSTEM})
@Tag(name = "Reports", description = "Per-programme reports under the release rule: the programme side gets figures only at or above the threshold; the COC and the region's education advisor always")
public class ReportResource {
    static final String SUMMARIES = """
            { "items": [
                { "programmeCode": "LUMC-INT", "institutionCode": "LUMC", "status": "RELEASED", "invited": 12, "respondents": 9, "responseRate": 0.750 },
                { "programmeCode": "LUMC-KNO", "institutionCode": "LUMC", "status": "WITHHELD" }
              ], "page": 0, "size": 50, "totalItems": 2, "totalPages": 1 }""";
    static final String REPORT = """
            {
              "campaignId": "6f1c3a52-8a0e-4f55-9a43-1c1f5c0c2b7e", "campaignName": "Opleidingsmonitor OOR Leiden 2027",
              "instrumentCode": "opleidingsmonitor", "instrumentVersion": "2026.1", "programmeCode": "LUMC-INT", "institutionCode": "LUMC",
              "regionCode": "OOR-LEIDEN", "status": "RELEASED", "threshold": 4, "invited": 12, "respondents": 9, "responseRate": 0.750,
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
              "openAnswers": 11
            }""";
    static final String OPEN_ANSWERS = """
            { "items": [ { "item": "OPEN-STERK", "text": "Veel ruimte om zelfstandig te werken." } ],
              "page": 0, "size": 50, "totalItems": 1, "totalPages": 1 }""";
    static final String WITHHELD = """
            { "type": "https://opleidingsklimaat.nl/problems/forbidden", "title": "Not allowed", "status": 403,
              "detail": "No report: fewer than 4 residents of LUMC-KNO responded, so the programme gets no figures (the COC and the education advisor do)" }""";

    @Inject
    ReportService reports;

    @GET
    @Operation(summary = "List the reports of a campaign",
            description = "The programmes whose report the caller may see, with status RELEASED or WITHHELD; counts only where the caller may see figures (never for the programme side of a withheld report).")
    @APIResponse(responseCode = "200", description = "A page of reports", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reports", value = SUMMARIES)))
    @APIResponse(responseCode = "400", description = "Bad paging parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a role that reads reports", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReportSummary> list(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return reports.list(id, page);
    }

    @GET
    @Path("/{programmeCode}")
    @Operation(summary = "Read a programme's report",
            description = "Per item n, mean, standard deviation and answer distribution; per domain the mean with the institution and region (from released programmes only); strengths and attention points. For the programme side: only when released, and items answered by fewer than the threshold show no figures. Reads by others than the programme side are audit-logged.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class), examples = @ExampleObject(name = "report", value = REPORT)))
    @APIResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No report for the programme side (fewer respondents than the threshold), or not a reader of reports", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "withheld", value = WITHHELD)))
    @APIResponse(responseCode = "404", description = "No such campaign or programme in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportView read(@PathParam("id") UUID id, @PathParam("programmeCode") String programmeCode) {
        return reports.read(id, programmeCode);
    }

    @GET
    @Path("/{programmeCode}/open-answers")
    @Operation(summary = "Read a programme's open answers", description = "The answers to the open questions, sorted by question and text (never in the order given); same release rule as the report; paged.")
    @APIResponse(responseCode = "200", description = "A page of open answers", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "answers", value = OPEN_ANSWERS)))
    @APIResponse(responseCode = "400", description = "Bad paging parameters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No report for the programme side, or not a reader of reports", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "withheld", value = WITHHELD)))
    @APIResponse(responseCode = "404", description = "No such campaign or programme in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OpenAnswerView> openAnswers(@PathParam("id") UUID id, @PathParam("programmeCode") String programmeCode,
            @BeanParam @Valid PageRequest page) {
        return reports.openAnswers(id, programmeCode, page);
    }

    @GET
    @Path("/{programmeCode}/export")
    @Produces("text/csv")
    @Operation(summary = "Export a programme's report as CSV", description = "One line per item with n, mean and standard deviation; same release rule and suppression as the report.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = "programme,domain,item,text,n,notApplicable,mean,standardDeviation,suppressed\nLUMC-INT,begeleiding-en-supervisie,BS-01,\"Als ik ...\",8,1,4.25,0.71,false\n")))
    @APIResponse(responseCode = "401", description = "No or an invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No report for the programme side, or not a reader of reports", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "withheld", value = WITHHELD)))
    @APIResponse(responseCode = "404", description = "No such campaign or programme in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@PathParam("id") UUID id, @PathParam("programmeCode") String programmeCode) {
        return Response.ok(reports.exportCsv(id, programmeCode), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"report-" + programmeCode + ".csv\"").build();
    }
}
