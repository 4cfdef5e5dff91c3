package nl.opleidingsklimaat.quality.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The PDCA rules of an improvement plan, on the model itself (no Quarkus, no database). */
class PdcaRulesTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-03T10:00:00Z");

    static ImprovementPlan planIn(PlanState state) {
        ImprovementPlan plan = new ImprovementPlan();
        plan.id = UUID.randomUUID();
        plan.state = state;
        return plan;
    }

    static PlanAction action(String owner, LocalDate due, ActionStatus status) {
        PlanAction action = new PlanAction();
        action.ownerReference = owner;
        action.dueDate = due;
        action.status = status;
        return action;
    }

    static final PlanAction CONCRETE = action("person-7", LocalDate.parse("2027-03-01"), ActionStatus.OPEN);

    static ProblemType problemOf(Runnable move) {
        try {
            move.run();
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("no problem was raised");
    }

    @Test
    void planMovesToDoWithAnOpenActionThatHasAnOwnerAndADueDate() {
        ImprovementPlan plan = planIn(PlanState.PLAN);
        plan.moveTo(PlanState.DO, null, List.of(CONCRETE), NOW);
        assertThat(plan.state).isEqualTo(PlanState.DO);
    }

    @Test
    void planWithoutActionsDoesNotMoveToDo() {
        ImprovementPlan plan = planIn(PlanState.PLAN);
        assertThat(problemOf(() -> plan.moveTo(PlanState.DO, null, List.of(), NOW)))
                .isEqualTo(ProblemType.UNPROCESSABLE);
        assertThat(plan.state).isEqualTo(PlanState.PLAN);
    }

    @Test
    void actionWithoutOwnerOrDueDateIsNotEnoughForDo() {
        ImprovementPlan plan = planIn(PlanState.PLAN);
        PlanAction noOwner = action(null, LocalDate.parse("2027-03-01"), ActionStatus.OPEN);
        PlanAction blankOwner = action(" ", LocalDate.parse("2027-03-01"), ActionStatus.OPEN);
        PlanAction noDueDate = action("person-7", null, ActionStatus.OPEN);
        assertThat(problemOf(() -> plan.moveTo(PlanState.DO, null, List.of(noOwner, blankOwner, noDueDate), NOW)))
                .isEqualTo(ProblemType.UNPROCESSABLE);
    }

    @Test
    void onlyAnOpenOrStartedConcreteActionCountsForDo() {
        PlanAction done = action("person-7", LocalDate.parse("2027-03-01"), ActionStatus.DONE);
        assertThat(done.status.isOpen()).isFalse();
        assertThat(problemOf(() -> planIn(PlanState.PLAN).moveTo(PlanState.DO, null, List.of(done), NOW)))
                .isEqualTo(ProblemType.UNPROCESSABLE);
        ImprovementPlan plan = planIn(PlanState.PLAN);
        plan.moveTo(
                PlanState.DO,
                null,
                List.of(done, action("person-7", LocalDate.parse("2027-03-01"), ActionStatus.IN_PROGRESS)),
                NOW);
        assertThat(plan.state).isEqualTo(PlanState.DO);
    }

    @Test
    void doMovesToCheckOnlyWithTheNextMeasurement() {
        ImprovementPlan plan = planIn(PlanState.DO);
        assertThatThrownBy(() -> plan.moveTo(PlanState.CHECK, null, List.of(), NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type().status()).isEqualTo(400);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("nextMeasurement");
                });
        assertThat(problemOf(() -> plan.moveTo(PlanState.CHECK, "  ", List.of(), NOW)))
                .isEqualTo(ProblemType.VALIDATION);
        assertThat(plan.state).isEqualTo(PlanState.DO);

        plan.moveTo(PlanState.CHECK, "Opleidingsmonitor 2027", List.of(), NOW);
        assertThat(plan.state).isEqualTo(PlanState.CHECK);
        assertThat(plan.nextMeasurement).isEqualTo("Opleidingsmonitor 2027");
    }

    @Test
    void checkMovesToActAndActToClosedWhichRecordsWhen() {
        ImprovementPlan plan = planIn(PlanState.CHECK);
        plan.moveTo(PlanState.ACT, null, List.of(), NOW);
        assertThat(plan.state).isEqualTo(PlanState.ACT);
        assertThat(plan.closedAt).isNull();
        plan.moveTo(PlanState.CLOSED, null, List.of(), NOW);
        assertThat(plan.state).isEqualTo(PlanState.CLOSED);
        assertThat(plan.closedAt).isEqualTo(NOW);
    }

    @Test
    void aPlanMovesOneStepForwardOnlyAnyOtherMoveIsAConflict() {
        for (PlanState from : PlanState.values()) {
            for (PlanState to : PlanState.values()) {
                if (from.next() == to) {
                    continue;
                }
                ImprovementPlan plan = planIn(from);
                assertThat(problemOf(() -> plan.moveTo(to, "Opleidingsmonitor 2027", List.of(CONCRETE), NOW)))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ProblemType.CONFLICT);
                assertThat(plan.state).isEqualTo(from);
            }
        }
    }

    @Test
    void skippingDoToCheckIsAConflictEvenWithTheMeasurement() {
        ImprovementPlan plan = planIn(PlanState.PLAN);
        assertThat(problemOf(() -> plan.moveTo(PlanState.CHECK, "Opleidingsmonitor 2027", List.of(CONCRETE), NOW)))
                .isEqualTo(ProblemType.CONFLICT);
    }

    @Test
    void aClosedPlanGoesNowhereAndTakesNoActions() {
        ImprovementPlan plan = planIn(PlanState.CLOSED);
        assertThatThrownBy(() -> plan.moveTo(PlanState.PLAN, null, List.of(), NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.getMessage()).contains("nothing (it is closed)"));
        assertThat(problemOf(plan::requireNotClosed)).isEqualTo(ProblemType.CONFLICT);
    }

    @Test
    void anOpenPlanTakesActionsInEveryStateBeforeClosed() {
        for (PlanState state : List.of(PlanState.PLAN, PlanState.DO, PlanState.CHECK, PlanState.ACT)) {
            planIn(state).requireNotClosed();
        }
    }
}
