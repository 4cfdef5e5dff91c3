package nl.opleidingsklimaat.quality.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of improvement plans. */
public final class PlanApi {
    private PlanApi() {}

    public record NewPlan(
            @NotNull @Schema(example = "PROGRAMME") SubjectType subjectType,
            @NotBlank @Schema(example = "LUMC-INT") String subjectCode,

            @NotBlank @Size(max = 40) @Schema(example = "2026")
            String cycle,

            @NotBlank @Size(max = 300) @Schema(example = "Verbeterplan opleidingsklimaat 2026")
            String title,

            @Schema(description = "The survey campaign whose report this plan answers")
            UUID sourceCampaignId) {}

    public record NewAction(
            @NotBlank @Size(max = 1000) @Schema(example = "Vaste supervisor per dienst inroosteren")
            String what,

            @Size(max = 200)
            @Schema(description = "Opaque reference of the person who owns the action", example = "person-4711")
            String ownerReference,

            @Schema(example = "2026-12-01") LocalDate dueDate,

            @Size(max = 80) @Schema(example = "opleidingsklimaat")
            String domainCode) {}

    public record ActionUpdate(
            @NotBlank @Size(max = 1000) @Schema(example = "Vaste supervisor per dienst inroosteren")
            String what,

            @Size(max = 200) @Schema(example = "person-4711")
            String ownerReference,

            @Schema(example = "2026-12-01") LocalDate dueDate,

            @Size(max = 80) @Schema(example = "opleidingsklimaat")
            String domainCode,

            @NotNull @Schema(example = "IN_PROGRESS") ActionStatus status) {}

    public record Transition(
            @NotNull @Schema(example = "CHECK") PlanState to,

            @Size(max = 300)
            @Schema(
                    description = "Required to enter CHECK: the next measurement the plan is checked against",
                    example = "Opleidingsmonitor 2027")
            String nextMeasurement,

            @Size(max = 1000) @Schema(example = "Acties uitgevoerd, meting volgt in juni")
            String note) {}

    public record ActionView(
            UUID id,
            String what,
            String ownerReference,
            LocalDate dueDate,
            String domainCode,
            ActionStatus status,
            boolean overdue,
            OffsetDateTime updatedAt) {
        static ActionView of(PlanAction a, LocalDate today) {
            return new ActionView(
                    a.id,
                    a.what,
                    a.ownerReference,
                    a.dueDate,
                    a.domainCode,
                    a.status,
                    a.status.isOpen() && a.dueDate != null && a.dueDate.isBefore(today),
                    a.updatedAt);
        }
    }

    public record PlanSummary(
            UUID id,
            SubjectType subjectType,
            String subjectCode,
            String cycle,
            String title,
            UUID sourceCampaignId,
            PlanState state,
            String nextMeasurement,
            OffsetDateTime createdAt,
            OffsetDateTime closedAt) {
        static PlanSummary of(ImprovementPlan p) {
            return new PlanSummary(
                    p.id,
                    p.subjectType,
                    p.subjectCode,
                    p.cycle,
                    p.title,
                    p.sourceCampaignId,
                    p.state,
                    p.nextMeasurement,
                    p.createdAt,
                    p.closedAt);
        }
    }

    public record PlanDetails(PlanSummary plan, List<ActionView> actions) {}

    public record HistoryView(OffsetDateTime at, String actor, String change, PlanState fromState, PlanState toState) {
        static HistoryView of(PlanHistory h) {
            return new HistoryView(h.at, h.actor, h.change, h.fromState, h.toState);
        }
    }

    public record OverdueAction(
            UUID planId,
            String planTitle,
            String subjectCode,
            UUID actionId,
            String what,
            String ownerReference,
            LocalDate dueDate,
            long daysOverdue) {}
}
