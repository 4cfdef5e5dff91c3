package nl.opleidingsklimaat.events.trainingevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccreditationTest {

    @Test
    void theAccreditedPointsAreSharedOverTheDaysInProportionAndAlwaysAddUp() {
        TrainingEvent congress = new TrainingEvent();
        congress.date = java.time.LocalDate.of(2027, 5, 15);
        congress.startTime = java.time.LocalTime.of(9, 0);
        congress.endTime = java.time.LocalTime.of(11, 45);
        congress.programme = java.util.List.of(item(165));
        congress.furtherDays = java.util.List.of(new EventDay(
                java.time.LocalDate.of(2027, 5, 16),
                java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(10, 45),
                java.util.List.of(item(105))));
        assertThat(congress.dayPoints()).containsExactly(new BigDecimal("2.5"), new BigDecimal("1.5"));
        assertThat(congress.points()).isEqualByComparingTo("4.0");

        congress.accreditedPoints = new BigDecimal("3.0");
        // 2.5 * 3/4 = 1.875 -> 1.5 and 1.5 * 3/4 = 1.125 -> 1.0; the rest, 0.5, to the day with the most
        assertThat(congress.dayPoints()).containsExactly(new BigDecimal("2.0"), new BigDecimal("1.0"));
        assertThat(congress.points()).isEqualByComparingTo("3.0");
        assertThat(congress.granted(0, new BigDecimal("2.5"))).isEqualByComparingTo("2.0");
        // 1.0 of the day's computed 1.5, of its accredited 1.0: 0.67 -> 0.5
        assertThat(congress.granted(1, new BigDecimal("1.0"))).isEqualByComparingTo("0.5");
    }

    private static ProgrammeItem item(int minutes) {
        return new ProgrammeItem("Lezing", minutes, null, ItemFormat.LECTURE, null, null, null, null);
    }

    @Test
    void anAttendeesPointsFollowTheAccreditedFigureInProportionRoundedDownToHalfPoints() {
        assertThat(Accreditation.scaled(new BigDecimal("3.0"), new BigDecimal("3.0"), new BigDecimal("2.0")))
                .isEqualByComparingTo("2.0");
        assertThat(Accreditation.scaled(new BigDecimal("1.5"), new BigDecimal("3.0"), new BigDecimal("2.0")))
                .isEqualByComparingTo("1.0");
        // 1.0 of 3 computed, accredited 4: 1.33 -> 1.0
        assertThat(Accreditation.scaled(new BigDecimal("1.0"), new BigDecimal("3.0"), new BigDecimal("4.0")))
                .isEqualByComparingTo("1.0");
        assertThat(Accreditation.scaled(new BigDecimal("3.0"), new BigDecimal("3.0"), new BigDecimal("4.5")))
                .isEqualByComparingTo("4.5");
        assertThat(Accreditation.scaled(new BigDecimal("0.0"), new BigDecimal("0.0"), new BigDecimal("1.0")))
                .isEqualByComparingTo("1.0");
    }
}
