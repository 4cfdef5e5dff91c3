package nl.opleidingsklimaat.survey.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The campaign's own rules for making this year's campaign from last year's. */
class SuccessorRulesTest {
    private static final LocalDate JUNE_FIRST = LocalDate.of(2026, 6, 1);

    private static Campaign lastYear(CampaignState state) {
        Campaign campaign = Campaign.draft(
                "Opleidingsmonitor OOR Leiden 2026",
                UUID.randomUUID(),
                "OOR-LEIDEN",
                JUNE_FIRST,
                JUNE_FIRST.plusDays(29),
                6,
                List.of(JUNE_FIRST.plusDays(9), JUNE_FIRST.plusDays(23)));
        campaign.state = state;
        return campaign;
    }

    @Test
    void onlyAClosedCampaignIsSucceeded() {
        for (CampaignState running : List.of(CampaignState.DRAFT, CampaignState.OPEN)) {
            assertThatThrownBy(() -> lastYear(running).requireClosedForSuccessor())
                    .isInstanceOf(ProblemException.class)
                    .hasMessageContaining(running.name());
        }
        lastYear(CampaignState.CLOSED).requireClosedForSuccessor();
        lastYear(CampaignState.REPORTED).requireClosedForSuccessor();
    }

    @Test
    void theSuccessorIsADraftOfTheSameRegionNamingItsPredecessor() {
        Campaign last = lastYear(CampaignState.REPORTED);
        Campaign next = last.successor(
                "Volgend jaar",
                UUID.randomUUID(),
                JUNE_FIRST.plusYears(1),
                JUNE_FIRST.plusYears(1).plusDays(29),
                null,
                List.of());

        assertThat(next.state).isEqualTo(CampaignState.DRAFT);
        assertThat(next.regionCode).isEqualTo("OOR-LEIDEN");
        assertThat(next.threshold).isEqualTo(6);
        assertThat(next.previousCampaignId).isEqualTo(last.id);
        assertThat(next.id).isNotEqualTo(last.id);
        assertThat(last.successor("x", UUID.randomUUID(), JUNE_FIRST, JUNE_FIRST, 2, List.of()).threshold)
                .as("never below 4")
                .isEqualTo(4);
    }

    @Test
    void remindersKeepTheirDistanceFromTheOpeningDayInsideTheNewWindow() {
        Campaign last = lastYear(CampaignState.REPORTED);
        LocalDate opens = JUNE_FIRST.plusYears(1);

        assertThat(last.remindersMovedTo(opens, opens.plusDays(29)))
                .containsExactly(opens.plusDays(9), opens.plusDays(23));
        assertThat(last.remindersMovedTo(opens, opens.plusDays(14)))
                .as("a reminder after the new closing day is left out")
                .containsExactly(opens.plusDays(9));
    }

    @Test
    void theNameTakesTheNewYear() {
        Campaign last = lastYear(CampaignState.REPORTED);
        assertThat(last.successorName(2027)).isEqualTo("Opleidingsmonitor OOR Leiden 2027");
        last.name = "Opleidingsmonitor OOR Leiden";
        assertThat(last.successorName(2027)).isEqualTo("Opleidingsmonitor OOR Leiden 2027");
        last.name = "Monitor 20261";
        assertThat(last.successorName(2027)).isEqualTo("Monitor 20261 2027");
    }
}
