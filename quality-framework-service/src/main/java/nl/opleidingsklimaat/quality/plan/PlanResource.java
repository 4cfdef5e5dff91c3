package nl.opleidingsklimaat.quality.plan;

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
import java.util.UUID;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.quality.access.Filters;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
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
@Path("/api/improvement-plans")
@Tag(
        name = "Improvement plans",
        description = "Verbeterplannen with actions, moving through PDCA (PLAN -> DO -> CHECK -> ACT -> CLOSED)")
@Authenticated
public class PlanResource {
    static final String NEW_PLAN = """
            {"subjectType": "PROGRAMME", "subjectCode": "LUMC-INT", "cycle": "2026", "title": "Verbeterplan opleidingsklimaat 2026"}""";
    static final String NEW_ACTION = """
            {"what": "Vaste supervisor per dienst inroosteren", "ownerReference": "person-4711", "ownerEmail": "j.jansen@lumc.nl", "dueDate": "2026-12-01", "domainCode": "opleidingsklimaat"}""";
    static final String ACTION_UPDATE = """
            {"what": "Vaste supervisor per dienst inroosteren", "ownerReference": "person-4711", "ownerEmail": "j.jansen@lumc.nl", "dueDate": "2026-12-01", "domainCode": "opleidingsklimaat", "status": "IN_PROGRESS"}""";
    static final String TRANSITION = """
            {"to": "CHECK", "nextMeasurement": "Opleidingsmonitor 2027", "note": "Acties uitgevoerd"}""";
    static final String PLAN = """
            {"id": "9b2e6d1a-6f0e-4c55-8d7e-3f8a1c2b4d5e", "subjectType": "PROGRAMME", "subjectCode": "LUMC-INT", "cycle": "2026",
             "title": "Verbeterplan opleidingsklimaat 2026", "state": "PLAN", "createdAt": "2026-07-02T10:00:00Z"}""";

    @Inject
    PlanService plans;

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
            summary = "Open an improvement plan",
            description =
                    "For a subject the caller may see, in state PLAN. A programme's plan publishes ImprovementPlanOpened.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "plan", value = NEW_PLAN)))
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanSummary.class),
                            examples = @ExampleObject(name = "plan", value = PLAN)))
    @APIResponse(responseCode = "404", description = "Subject absent or out of scope")
    @APIResponse(responseCode = "409", description = "A plan for this subject and campaign exists")
    public Response open(@NotNull @Valid NewPlan request) {
        PlanSummary plan = plans.open(request);
        return Response.created(URI.create("/api/improvement-plans/" + plan.id()))
                .entity(plan)
                .build();
    }

    @GET
    @Operation(
            summary = "List improvement plans",
            description = "Plans of subjects the caller may see, filtered by subject, institution or state.")
    @APIResponse(responseCode = "200", description = "One page of plans")
    public Page<PlanSummary> list(
            @QueryParam("subjectType")
                    @Parameter(description = "The kind of subject: PROGRAMME, INSTITUTION, CLUSTER or REGION")
                    SubjectType subjectType,
            @QueryParam("subjectCode") @Parameter(description = "The subject's code, e.g. a programme code (LUMC-INT)")
                    String subjectCode,
            @QueryParam("institutionCode") @Parameter(description = "Only those of this institution, e.g. LUMC")
                    String institutionCode,
            @QueryParam("state") @Parameter(description = "PLAN, DO, CHECK, ACT or CLOSED") PlanState state,
            @BeanParam @Valid PageRequest page) {
        Filters filters = new Filters(visibility.condition("regionCode", "institutionCode", "programmeCode"))
                .equal("subjectType", "subjectType", subjectType)
                .equal("subjectCode", "subjectCode", subjectCode)
                .equal("institutionCode", "institutionCode", institutionCode)
                .equal("state", "state", state);
        return plans.list(filters, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a plan with its actions", description = "Actions show whether they are overdue.")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanDetails.class)))
    public PlanDetails get(@PathParam("id") UUID id) {
        return plans.details(id);
    }

    @POST
    @Path("/{id}/actions")
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
            summary = "Add an action",
            description = "What, owner (opaque reference), due date and domain. Not on a closed plan.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "action", value = NEW_ACTION)))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or unknown domain")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    public Response addAction(@PathParam("id") UUID id, @NotNull @Valid NewAction request) {
        ActionView action = plans.addAction(id, request);
        return Response.created(URI.create("/api/improvement-plans/" + id + "/actions/" + action.id()))
                .entity(action)
                .build();
    }

    @GET
    @Path("/{id}/actions/{actionId}")
    @Operation(
            summary = "Get one action",
            description = "An action of a plan the caller may see, with whether it is overdue.")
    @APIResponse(
            responseCode = "200",
            description = "The action",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = "Plan or action absent or out of scope")
    public ActionView action(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId) {
        return plans.action(id, actionId);
    }

    @PUT
    @Path("/{id}/actions/{actionId}")
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
            summary = "Change an action",
            description = "Replaces what, owner, due date, domain and status (OPEN, IN_PROGRESS, DONE, CANCELLED).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "action", value = ACTION_UPDATE)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "404", description = "Plan or action absent or out of scope")
    @APIResponse(responseCode = "409", description = "The plan is closed")
    public ActionView updateAction(
            @PathParam("id") UUID id, @PathParam("actionId") UUID actionId, @NotNull @Valid ActionUpdate update) {
        return plans.updateAction(id, actionId, update);
    }

    @POST
    @Path("/{id}/transitions")
    @Extension(name = Conditional.IF_MATCH, value = Conditional.OPTIONAL)
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
            summary = "Move the plan one PDCA step",
            description =
                    "PLAN -> DO needs at least one open action with owner and due date (422 otherwise); DO -> CHECK needs nextMeasurement (e.g. next year's report); CHECK -> ACT; ACT -> CLOSED publishes ImprovementPlanClosed for a programme. Any other move is 409.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "to CHECK", value = TRANSITION)))
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = PlanSummary.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or CHECK without nextMeasurement")
    @APIResponse(responseCode = "409", description = "Not the next step of the cycle")
    @APIResponse(responseCode = "422", description = "DO without a concrete action")
    public PlanSummary transition(@PathParam("id") UUID id, @NotNull @Valid Transition transition) {
        return plans.transition(id, transition);
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            summary = "A plan's history",
            description = "Every change, oldest first: who, when, what, and state moves.")
    @APIResponse(responseCode = "200", description = "One page of history")
    public Page<HistoryView> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return plans.history(id, page);
    }
}
