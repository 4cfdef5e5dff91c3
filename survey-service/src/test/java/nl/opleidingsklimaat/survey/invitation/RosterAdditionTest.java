package nl.opleidingsklimaat.survey.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignState;
import org.junit.jupiter.api.Test;

/** The roster rule: who adds invitations in which state, and which are late; without Quarkus or a database. */
class RosterAdditionTest {
    private static Campaign campaign(CampaignState state) {
        LocalDate today = LocalDate.of(2027, 6, 10);
        Campaign campaign =
                Campaign.draft("c", UUID.randomUUID(), "OOR-LEIDEN", today, today.plusDays(20), 4, List.of());
        campaign.state = state;
        return campaign;
    }

    @Test
    void beforeOpeningWhoeverRunsTheCampaignImportsTheRoster() {
        RosterAddition addition = RosterAddition.permitted(campaign(CampaignState.DRAFT), true, false, true);

        assertThat(addition).isEqualTo(RosterAddition.IMPORT);
        assertThat(addition.late()).isFalse();
        assertThat(addition.auditAction()).isEqualTo("roster-import");
    }

    @Test
    void beforeOpeningTheEducationAdvisorDoesNotImport() {
        assertProblem(
                () -> RosterAddition.permitted(campaign(CampaignState.DRAFT), false, true, false),
                ProblemType.FORBIDDEN);
    }

    @Test
    void afterOpeningOnlyTheEducationAdvisorAddsAndTheAdditionIsLate() {
        RosterAddition addition = RosterAddition.permitted(campaign(CampaignState.OPEN), false, true, false);

        assertThat(addition).isEqualTo(RosterAddition.LATE_ADDITION);
        assertThat(addition.late()).isTrue();
        assertThat(addition.auditAction()).isEqualTo("roster-late-addition");
    }

    @Test
    void afterOpeningTheRosterIsFrozenForWhoeverRunsTheCampaign() {
        assertProblem(
                () -> RosterAddition.permitted(campaign(CampaignState.OPEN), true, false, true), ProblemType.CONFLICT);
        assertProblem(
                () -> RosterAddition.permitted(campaign(CampaignState.OPEN), true, false, false), ProblemType.CONFLICT);
    }

    @Test
    void anAdvisorWhoIsAlsoACoordinatorIsNotASecondPerson() {
        assertProblem(
                () -> RosterAddition.permitted(campaign(CampaignState.OPEN), false, true, true), ProblemType.CONFLICT);
        assertProblem(
                () -> RosterAddition.permitted(campaign(CampaignState.OPEN), true, true, true), ProblemType.CONFLICT);
    }

    @Test
    void nobodyAddsAfterClosing() {
        for (CampaignState state : List.of(CampaignState.CLOSED, CampaignState.REPORTED)) {
            assertProblem(() -> RosterAddition.permitted(campaign(state), true, false, true), ProblemType.CONFLICT);
            assertProblem(() -> RosterAddition.permitted(campaign(state), false, true, false), ProblemType.CONFLICT);
        }
    }

    @Test
    void someoneWhoNeitherRunsTheCampaignNorAdvisesTheRegionIsRefusedInEveryState() {
        for (CampaignState state : CampaignState.values()) {
            assertProblem(() -> RosterAddition.permitted(campaign(state), false, false, true), ProblemType.FORBIDDEN);
        }
    }

    @Test
    void theKindOfAdditionFollowsTheState() {
        assertThat(RosterAddition.during(campaign(CampaignState.DRAFT))).isEqualTo(RosterAddition.IMPORT);
        assertThat(RosterAddition.during(campaign(CampaignState.OPEN))).isEqualTo(RosterAddition.LATE_ADDITION);
        assertThatThrownBy(() -> RosterAddition.during(campaign(CampaignState.CLOSED)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void assertProblem(Runnable attempt, ProblemType type) {
        assertThatThrownBy(attempt::run)
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(type));
    }
}
