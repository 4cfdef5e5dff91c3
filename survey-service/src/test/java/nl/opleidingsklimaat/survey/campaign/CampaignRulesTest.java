package nl.opleidingsklimaat.survey.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The campaign's own rules (states, window, threshold, reminders), without Quarkus or a database. */
class CampaignRulesTest {
    static final LocalDate TODAY = LocalDate.of(2027, 6, 10);

    static Campaign campaign(CampaignState state, LocalDate opensOn, LocalDate closesOn, LocalDate... reminders) {
        Campaign campaign = Campaign.draft(
                "Opleidingsmonitor", UUID.randomUUID(), "OOR-LEIDEN", opensOn, closesOn, 4, List.of(reminders));
        campaign.state = state;
        return campaign;
    }

    static Campaign draft() {
        return campaign(CampaignState.DRAFT, TODAY.plusDays(5), TODAY.plusDays(30));
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }

    @Test
    void aNewCampaignIsADraftWithItsRemindersInDateOrder() {
        Campaign campaign =
                campaign(CampaignState.DRAFT, TODAY, TODAY.plusDays(20), TODAY.plusDays(14), TODAY.plusDays(7));

        assertThat(campaign.state).isEqualTo(CampaignState.DRAFT);
        assertThat(campaign.reminders).extracting(r -> r.sendOn).containsExactly(TODAY.plusDays(7), TODAY.plusDays(14));
        assertThat(campaign.reminders).noneMatch(r -> r.sent);
    }

    @Test
    void theThresholdIsNeverBelowFour() {
        assertThat(Campaign.draft("c", UUID.randomUUID(), "R", TODAY, TODAY, 2, List.of()).threshold)
                .isEqualTo(4);
        assertThat(Campaign.draft("c", UUID.randomUUID(), "R", TODAY, TODAY, 4, List.of()).threshold)
                .isEqualTo(4);
        assertThat(Campaign.draft("c", UUID.randomUUID(), "R", TODAY, TODAY, 7, List.of()).threshold)
                .isEqualTo(7);
    }

    @Test
    void aWindowOfOneDayIsValid() {
        assertThat(Campaign.windowViolations(TODAY, TODAY, List.of(TODAY), TODAY))
                .isEmpty();
    }

    @Test
    void closesOnMayNotBeBeforeOpensOn() {
        assertThat(fields(Campaign.windowViolations(TODAY.plusDays(2), TODAY.plusDays(1), List.of(), TODAY)))
                .containsExactly("closesOn");
    }

    @Test
    void theWindowMayNotStartInThePast() {
        assertThat(fields(Campaign.windowViolations(TODAY.minusDays(1), TODAY.plusDays(5), List.of(), TODAY)))
                .containsExactly("opensOn");
    }

    @Test
    void remindersLieWithinTheWindowEachOnce() {
        List<Problem.Violation> violations = Campaign.windowViolations(
                TODAY,
                TODAY.plusDays(10),
                List.of(TODAY.plusDays(3), TODAY.plusDays(3), TODAY.plusDays(11), TODAY.minusDays(1)),
                TODAY);

        assertThat(fields(violations)).containsExactly("reminderDates", "reminderDates[2]", "reminderDates[3]");
    }

    @Test
    void everyWindowViolationIsReportedAtOnce() {
        assertThat(fields(Campaign.windowViolations(
                        TODAY.minusDays(1), TODAY.minusDays(2), List.of(TODAY.plusDays(1)), TODAY)))
                .containsExactly("opensOn", "closesOn", "reminderDates[0]");
    }

    @Test
    void aDraftOpensAndAnEarlyOpeningMovesOpensOnToToday() {
        Campaign campaign = draft();

        campaign.open(TODAY);

        assertThat(campaign.state).isEqualTo(CampaignState.OPEN);
        assertThat(campaign.opensOn).isEqualTo(TODAY);
        assertThat(campaign.acceptsAnswers()).isTrue();
    }

    @Test
    void openingOnItsOpeningDateKeepsTheDate() {
        Campaign campaign = campaign(CampaignState.DRAFT, TODAY.minusDays(2), TODAY.plusDays(5));

        campaign.open(TODAY);

        assertThat(campaign.opensOn).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void aDraftWhoseWindowHasPassedCannotBeOpened() {
        Campaign campaign = campaign(CampaignState.DRAFT, TODAY.minusDays(10), TODAY.minusDays(1));

        assertConflict(() -> campaign.open(TODAY));
        assertThat(campaign.state).isEqualTo(CampaignState.DRAFT);
    }

    @Test
    void onlyADraftOpens() {
        for (CampaignState state : List.of(CampaignState.OPEN, CampaignState.CLOSED, CampaignState.REPORTED)) {
            Campaign campaign = campaign(state, TODAY, TODAY.plusDays(5));
            assertConflict(() -> campaign.open(TODAY));
            assertThat(campaign.state).isEqualTo(state);
        }
    }

    @Test
    void anOpenCampaignClosesAndAnEarlyClosingMovesClosesOnToToday() {
        Campaign campaign = campaign(CampaignState.OPEN, TODAY.minusDays(5), TODAY.plusDays(5));

        campaign.close(TODAY);

        assertThat(campaign.state).isEqualTo(CampaignState.CLOSED);
        assertThat(campaign.closesOn).isEqualTo(TODAY);
        assertThat(campaign.acceptsAnswers()).isFalse();
        assertThat(campaign.awaitsReports()).isTrue();
    }

    @Test
    void closingAfterTheWindowKeepsTheClosingDate() {
        Campaign campaign = campaign(CampaignState.OPEN, TODAY.minusDays(5), TODAY.minusDays(1));

        campaign.close(TODAY);

        assertThat(campaign.closesOn).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void onlyAnOpenCampaignCloses() {
        for (CampaignState state : List.of(CampaignState.DRAFT, CampaignState.CLOSED, CampaignState.REPORTED)) {
            Campaign campaign = campaign(state, TODAY, TODAY.plusDays(5));
            assertConflict(() -> campaign.close(TODAY));
            assertThat(campaign.state).isEqualTo(state);
        }
    }

    @Test
    void onlyAClosedCampaignIsReportedAndThenHasReports() {
        Campaign campaign = campaign(CampaignState.CLOSED, TODAY.minusDays(5), TODAY.minusDays(1));
        assertThat(campaign.hasReports()).isFalse();

        campaign.reported();

        assertThat(campaign.state).isEqualTo(CampaignState.REPORTED);
        assertThat(campaign.hasReports()).isTrue();
        assertThat(campaign.awaitsReports()).isFalse();
        assertThatThrownBy(campaign::reported).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(draft()::reported).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnOpenCampaignAcceptsAnswers() {
        for (CampaignState state : CampaignState.values()) {
            assertThat(campaign(state, TODAY, TODAY).acceptsAnswers()).isEqualTo(state == CampaignState.OPEN);
        }
    }

    @Test
    void aProgrammeWithThreeRespondentsIsWithheldAndWithFourReleased() {
        Campaign campaign = draft();

        assertThat(campaign.releases(3)).isFalse();
        assertThat(campaign.releases(4)).isTrue();
        campaign.threshold = 6;
        assertThat(campaign.releases(5)).isFalse();
        assertThat(campaign.releases(6)).isTrue();
    }

    @Test
    void theSchedulerOpensADraftWithinItsWindowAndClosesTheDayAfterIt() {
        assertThat(campaign(CampaignState.DRAFT, TODAY, TODAY.plusDays(3)).opensBy(TODAY))
                .isTrue();
        assertThat(campaign(CampaignState.DRAFT, TODAY.plusDays(1), TODAY.plusDays(3))
                        .opensBy(TODAY))
                .isFalse();
        assertThat(campaign(CampaignState.DRAFT, TODAY.minusDays(3), TODAY.minusDays(1))
                        .opensBy(TODAY))
                .isFalse();
        assertThat(campaign(CampaignState.OPEN, TODAY, TODAY.plusDays(3)).opensBy(TODAY))
                .isFalse();

        assertThat(campaign(CampaignState.OPEN, TODAY.minusDays(3), TODAY).closesBy(TODAY))
                .isFalse();
        assertThat(campaign(CampaignState.OPEN, TODAY.minusDays(3), TODAY.minusDays(1))
                        .closesBy(TODAY))
                .isTrue();
        assertThat(campaign(CampaignState.DRAFT, TODAY.minusDays(3), TODAY.minusDays(1))
                        .closesBy(TODAY))
                .isFalse();
    }

    @Test
    void dueRemindersAreTakenOnceAndOnlyWhileOpen() {
        Campaign campaign = campaign(
                CampaignState.OPEN,
                TODAY.minusDays(5),
                TODAY.plusDays(5),
                TODAY.minusDays(1),
                TODAY,
                TODAY.plusDays(1));

        assertThat(campaign.takeRemindersDue(TODAY))
                .extracting(r -> r.sendOn)
                .containsExactly(TODAY.minusDays(1), TODAY);
        assertThat(campaign.takeRemindersDue(TODAY)).isEmpty();
        assertThat(campaign.reminders).extracting(r -> r.sent).containsExactly(true, true, false);

        Campaign closed = campaign(CampaignState.CLOSED, TODAY.minusDays(5), TODAY.minusDays(1), TODAY.minusDays(2));
        assertThat(closed.takeRemindersDue(TODAY)).isEmpty();
        assertThat(closed.reminders).noneMatch(r -> r.sent);
    }

    private static void assertConflict(Runnable transition) {
        assertThatThrownBy(transition::run)
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
    }
}
