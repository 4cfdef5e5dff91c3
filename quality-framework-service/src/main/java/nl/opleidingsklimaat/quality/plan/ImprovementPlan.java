package nl.opleidingsklimaat.quality.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.assessment.SubjectType;

/** A verbeterplan of one subject and cycle, moving through PDCA. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public SubjectType subjectType;

    public String subjectCode;

    public String programmeCode;

    public String institutionCode;

    public String regionCode;

    public String cycle;

    public String title;

    public UUID sourceCampaignId;

    @Enumerated(EnumType.STRING)
    public PlanState state;

    /** What CHECK measures against, e.g. next year's Opleidingsmonitor report. */
    public String nextMeasurement;

    public OffsetDateTime createdAt;

    public String createdBy;

    public OffsetDateTime closedAt;

    /**
     * Moves the plan one PDCA step on (PLAN -> DO -> CHECK -> ACT -> CLOSED); any other move is a conflict (409). DO
     * needs an open action with an owner and a due date among the plan's {@code actions} (422); CHECK needs the
     * measurement that checks the plan (400), which the plan keeps; CLOSED records when.
     */
    public void moveTo(PlanState to, String nextMeasurement, List<PlanAction> actions, OffsetDateTime now) {
        if (state.next() != to) {
            throw ProblemException.conflict(
                    "A plan in %s can only move to %s, not to %s",
                    state, state == PlanState.CLOSED ? "nothing (it is closed)" : state.next(), to);
        }
        switch (to) {
            case DO -> {
                if (actions.stream().noneMatch(a -> a.status.isOpen() && a.isConcrete())) {
                    throw ProblemException.unprocessable(
                            "A plan moves to DO only with at least one open action that has an owner and a due date");
                }
            }
            case CHECK -> {
                if (nextMeasurement == null || nextMeasurement.isBlank()) {
                    throw ProblemException.invalidField(
                            "nextMeasurement",
                            "is required to move to CHECK: name the measurement that checks the plan");
                }
                this.nextMeasurement = nextMeasurement;
            }
            case CLOSED -> closedAt = now;
            default -> {}
        }
        state = to;
    }

    /** A closed plan takes no new actions and no changes to its actions (409). */
    public void requireNotClosed() {
        if (state == PlanState.CLOSED) {
            throw ProblemException.conflict("Plan %s is closed", id);
        }
    }
}
