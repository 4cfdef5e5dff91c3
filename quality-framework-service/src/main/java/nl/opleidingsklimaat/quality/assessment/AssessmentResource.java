package nl.opleidingsklimaat.quality.assessment;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.quality.access.Filters;
import nl.opleidingsklimaat.quality.access.Visibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/assessments")
@Tag(
        name = "Assessments",
        description =
                "A subject (programme, institution, cluster, region) per year against a framework version: task status, notes, evidence, coverage and gaps")
@Authenticated
public class AssessmentResource {
    static final String WRITERS_NOTE =
            "Programme directors and supervisors for their programmes, COC and board for their institution, coordinators and advisors for their region, system clients within the scope claims of their token (nothing without one).";
    static final String NEW_ASSESSMENT = """
            {"subjectType": "PROGRAMME", "subjectCode": "LUMC-INT", "year": 2026}""";
    static final String SUMMARY = """
            {"id": "0d6c8a34-98d3-4f7b-a5b8-6a2a0e1f9c20", "subjectType": "PROGRAMME", "subjectCode": "LUMC-INT", "year": 2026,
             "frameworkId": "4a1f0c7e-2b59-4c39-9b9e-1f5f8f0f6a11", "programmeCode": "LUMC-INT", "institutionCode": "LUMC",
             "regionCode": "OOR-LEIDEN", "createdAt": "2026-07-01T09:00:00Z"}""";
    static final String TASK_UPDATE = """
            {"status": "NOT_APPLICABLE", "notes": "Besproken in de COC", "notApplicableReason": "Geen DOO binnen deze opleiding"}""";
    static final String NEW_EVIDENCE = """
            {"title": "Notulen opleidingsvergadering 12 maart 2026", "kind": "MINUTES", "actorCode": "opleider-en-opleidingsgroep",
             "domainCode": "organisatie-en-ontwikkeling", "documentReference": "DMS-2026-0412"}""";
    static final String COVERAGE = """
            {"assessmentId": "0d6c8a34-98d3-4f7b-a5b8-6a2a0e1f9c20", "tasks": 27, "met": 3, "notApplicable": 1, "tasksWithEvidence": 2,
             "evidenceItems": 4, "percentMet": 12, "cells": [{"actorCode": "aios", "domainCode": "opleidingsklimaat", "tasks": 3, "met": 1,
             "inProgress": 1, "notApplicable": 0, "tasksWithEvidence": 1, "evidenceItems": 2}]}""";

    @Inject
    AssessmentService assessments;

    @Inject
    Visibility visibility;

    @POST
    @RolesAllowed({
        Roles.PROGRAMME_DIRECTOR,
        Roles.SUPERVISOR,
        Roles.COC,
        Roles.BOARD,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Start an assessment",
            description =
                    "One subject, one year, one framework version (the newest when none is given). The tasks are those of the actors that assess the subject type: aios and opleider en opleidingsgroep for a programme, COC and Raad van Bestuur for an institution, cluster, OOR. "
                            + WRITERS_NOTE)
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "programme", value = NEW_ASSESSMENT)))
    @APIResponse(
            responseCode = "201",
            description = "Started",
            content =
                    @Content(
                            schema = @Schema(implementation = AssessmentSummary.class),
                            examples = @ExampleObject(name = "assessment", value = SUMMARY)))
    @APIResponse(responseCode = "404", description = "Subject absent or out of scope")
    @APIResponse(responseCode = "409", description = "The subject has an assessment for that year on that version")
    @APIResponse(
            responseCode = "422",
            description = "Unknown framework version, or it has no actor for the subject type")
    public Response create(@NotNull @Valid NewAssessment request) {
        AssessmentSummary assessment = assessments.create(request);
        return Response.created(URI.create("/api/assessments/" + assessment.id()))
                .entity(assessment)
                .build();
    }

    @GET
    @Operation(
            summary = "List assessments",
            description = "The assessments of subjects the caller may see, filtered by subject and year.")
    @APIResponse(responseCode = "200", description = "One page of assessments")
    public Page<AssessmentSummary> list(
            @QueryParam("subjectType")
                    @Parameter(description = "The kind of subject: PROGRAMME, INSTITUTION, CLUSTER or REGION")
                    SubjectType subjectType,
            @QueryParam("subjectCode") @Parameter(description = "The subject's code, e.g. a programme code (LUMC-INT)")
                    String subjectCode,
            @QueryParam("year") @Parameter(description = "The assessment year, e.g. 2026") Integer year,
            @BeanParam @Valid PageRequest page) {
        Filters filters = new Filters(visibility.condition("regionCode", "institutionCode", "programmeCode"))
                .equal("subjectType", "subjectType", subjectType)
                .equal("subjectCode", "subjectCode", subjectCode)
                .equal("year", "year", year);
        return assessments.list(filters, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get an assessment with its tasks",
            description =
                    "Every task of the assessment with its text in the original Dutch, status, notes and number of evidence items.")
    @APIResponse(
            responseCode = "200",
            description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentDetails.class)))
    public AssessmentDetails get(@PathParam("id") UUID id) {
        return assessments.details(id);
    }

    @GET
    @Path("/{id}/tasks/{taskId}")
    @Operation(
            summary = "Get one task of an assessment",
            description =
                    "The task as the assessment lists it; its ETag is what a change of the task sends as If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "404", description = "Assessment absent or out of scope, or task not in it")
    public TaskView task(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return assessments.task(id, taskId);
    }

    @PUT
    @Path("/{id}/tasks/{taskId}")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.REQUIRED)
    @RolesAllowed({
        Roles.PROGRAMME_DIRECTOR,
        Roles.SUPERVISOR,
        Roles.COC,
        Roles.BOARD,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Set a task's status and notes",
            description = "NOT_STARTED, IN_PROGRESS, MET, or NOT_APPLICABLE with a reason. " + WRITERS_NOTE)
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "not applicable", value = TASK_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid status, or NOT_APPLICABLE without a reason")
    @APIResponse(responseCode = "404", description = "Assessment absent or out of scope, or task not in it")
    public TaskView updateTask(
            @PathParam("id") UUID id, @PathParam("taskId") UUID taskId, @NotNull @Valid TaskUpdate update) {
        return assessments.updateTask(id, taskId, update);
    }

    @POST
    @Path("/{id}/evidence")
    @RolesAllowed({
        Roles.PROGRAMME_DIRECTOR,
        Roles.SUPERVISOR,
        Roles.COC,
        Roles.BOARD,
        Roles.REGION_COORDINATOR,
        Roles.EDUCATION_ADVISOR,
        Roles.SYSTEM
    })
    @Operation(
            summary = "Add evidence",
            description =
                    "Adds an evidence item (title, kind, link or document reference) to a cell, or to one task of it. Who added it and when are recorded. "
                            + WRITERS_NOTE)
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "minutes", value = NEW_EVIDENCE)))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or neither link nor document reference")
    @APIResponse(responseCode = "422", description = "Cell or task not in this assessment")
    public Response addEvidence(@PathParam("id") UUID id, @NotNull @Valid NewEvidence request) {
        EvidenceView evidence = assessments.addEvidence(id, request);
        return Response.created(URI.create("/api/assessments/" + id + "/evidence/" + evidence.id()))
                .entity(evidence)
                .build();
    }

    @GET
    @Path("/{id}/evidence")
    @Operation(
            summary = "List evidence",
            description =
                    "The assessment's evidence items, newest first; items recorded from events have fromEvent=true and name their source event.")
    @APIResponse(responseCode = "200", description = "One page of evidence")
    public Page<EvidenceView> evidence(
            @PathParam("id") UUID id,
            @QueryParam("actorCode") @Parameter(description = "Only evidence for this Kwaliteitskader actor")
                    String actorCode,
            @QueryParam("domainCode") @Parameter(description = "Only evidence in this Kwaliteitskader domain")
                    String domainCode,
            @BeanParam @Valid PageRequest page) {
        return assessments.evidence(id, actorCode, domainCode, page);
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Operation(summary = "Get one evidence item", description = "An evidence item of an assessment the caller may see.")
    @APIResponse(
            responseCode = "200",
            description = "The evidence item",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    public EvidenceView evidenceItem(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return assessments.evidenceItem(id, evidenceId);
    }

    @GET
    @Path("/{id}/coverage")
    @Operation(
            summary = "Coverage per cell and in all",
            description =
                    "Per actor x domain cell: tasks, met, in progress, not applicable, tasks with evidence, evidence items; and the totals with the share of applicable tasks met.")
    @APIResponse(
            responseCode = "200",
            description = "Coverage",
            content =
                    @Content(
                            schema = @Schema(implementation = Coverage.class),
                            examples = @ExampleObject(name = "coverage", value = COVERAGE)))
    public Coverage coverage(@PathParam("id") UUID id) {
        return assessments.coverage(id);
    }

    @GET
    @Path("/{id}/gaps")
    @Operation(
            summary = "Gap list",
            description =
                    "The tasks that are neither met nor not applicable, in matrix order, with whether any evidence was added to them.")
    @APIResponse(responseCode = "200", description = "The gaps")
    public List<Gap> gaps(@PathParam("id") UUID id) {
        return assessments.gaps(id);
    }
}
