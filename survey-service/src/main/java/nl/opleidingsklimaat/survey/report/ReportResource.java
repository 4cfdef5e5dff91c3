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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    static final String PDF = "application/pdf";

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
                            examples = @ExampleObject(name = "reports", value = ReportExamples.SUMMARIES)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet")
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
                            examples = @ExampleObject(name = "report", value = ReportExamples.REPORT)))
    @APIResponse(
            responseCode = "403",
            description =
                    "No report for the programme side (fewer respondents than the threshold), or not a reader of reports",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "withheld", value = ReportExamples.WITHHELD)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet")
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
                                @ExampleObject(name = "programme side", value = ReportExamples.OPEN_ANSWERS),
                                @ExampleObject(name = "COC", value = ReportExamples.OPEN_ANSWERS_FOR_COC)
                            }))
    @APIResponse(
            responseCode = "403",
            description = "No report for the programme side, or not a reader of reports",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "withheld", value = ReportExamples.WITHHELD)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The campaign has not closed yet, or (programme side) the COC has not reviewed the open answers yet",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples =
                                    @ExampleObject(name = "awaiting review", value = ReportExamples.AWAITING_REVIEW)))
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
                            examples = @ExampleObject(name = "review", value = ReportExamples.REVIEW)))
    @APIResponse(
            responseCode = "200",
            description = "Reviewed; the programme side reads the open answers from now on",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpenAnswerReviewResult.class),
                            examples = @ExampleObject(name = "result", value = ReportExamples.REVIEW_RESULT)))
    @APIResponse(responseCode = "403", description = "Not the COC of the programme's institution")
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet")
    @APIResponse(
            responseCode = "422",
            description = "A redaction names no answer of this report, or one twice; nothing stored")
    public OpenAnswerReviewResult review(
            @PathParam("id") UUID id,
            @PathParam("programmeCode") String programmeCode,
            @Valid OpenAnswerReviewRequest request) {
        return reports.reviewOpenAnswers(
                id, programmeCode, request == null ? new OpenAnswerReviewRequest(List.of()) : request);
    }

    @GET
    @Path("/{programmeCode}/shared-results")
    @RolesAllowed({
        Roles.RESIDENT,
        Roles.COC,
        Roles.EDUCATION_ADVISOR,
        Roles.PROGRAMME_DIRECTOR,
        Roles.SUPERVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Read the results shared with the programme's residents",
            description =
                    "The released summary of a programme's report as its residents read it (share the results with the team and the residents): theme means with the institution and region, strengths and attention points; no item figures, no open answers. A resident reads it for their own programme once the report is released (403 while withheld, 404 for another programme); the report's readers read the same under the report's rule and audit.")
    @APIResponse(
            responseCode = "200",
            description = "The shared results",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SharedResults.class),
                            examples = @ExampleObject(name = "shared results", value = ReportExamples.SHARED_RESULTS)))
    @APIResponse(
            responseCode = "403",
            description = "Withheld: fewer respondents than the threshold",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "withheld", value = ReportExamples.WITHHELD)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet")
    public SharedResults sharedResults(@PathParam("id") UUID id, @PathParam("programmeCode") String programmeCode) {
        return reports.sharedResults(id, programmeCode);
    }

    @GET
    @Path("/{programmeCode}/pdf")
    @Produces(ReportResource.PDF)
    @Operation(
            summary = "Read a programme's report as a PDF",
            description =
                    "The report for the programme director and the COC, in Dutch: per theme the mean against the institution and the region as bar charts, each item's answers as a stacked bar with n, mean and standard deviation, the strengths and attention points, and the open answers. Same release rule, suppression below the threshold, COC review of open answers and audit as the JSON report.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = ReportResource.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "403",
            description = "No report for the programme side, or not a reader of reports",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "withheld", value = ReportExamples.WITHHELD)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet")
    public Response pdf(@PathParam("id") UUID id, @PathParam("programmeCode") String programmeCode) {
        return Response.ok(reports.pdf(id, programmeCode), PDF)
                .header("Content-Disposition", "attachment; filename=\"rapportage-" + programmeCode + ".pdf\"")
                .build();
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
                            examples = @ExampleObject(name = "csv", value = ReportExamples.CSV)))
    @APIResponse(
            responseCode = "403",
            description = "No report for the programme side, or not a reader of reports",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "withheld", value = ReportExamples.WITHHELD)))
    @APIResponse(responseCode = "409", description = "The campaign has not closed yet")
    public Response export(@PathParam("id") UUID id, @PathParam("programmeCode") String programmeCode) {
        return Response.ok(reports.exportCsv(id, programmeCode), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"report-" + programmeCode + ".csv\"")
                .build();
    }
}
