package nl.opleidingsklimaat.events.trainingevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccreditationTest {

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
