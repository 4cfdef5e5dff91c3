package nl.opleidingsklimaat.coaching.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Challenge & Support cost split, without Quarkus or a database; the own contribution is the policy file's. */
class CostCalculatorTest {
    static final BigDecimal FEE = new BigDecimal("125.00");
    static BigDecimal ownContribution;

    @BeforeAll
    static void readThePolicy() throws IOException {
        try (InputStream in =
                CostCalculatorTest.class.getClassLoader().getResourceAsStream("policy/coaching-policy.json")) {
            ownContribution = new BigDecimal(new ObjectMapper()
                    .readTree(in)
                    .get("ownContributionPerTrack")
                    .asText());
        }
    }

    static CostSplit split(BigDecimal fee, long held) {
        return CostCalculator.split(fee, held, ownContribution);
    }

    @Test
    void thePolicysOwnContributionIs150PerTrack() {
        assertThat(ownContribution).isEqualByComparingTo("150");
    }

    @Test
    void theResidentPays150AndTheDepartmentTheRestOfTheSixSessionsHeld() {
        CostSplit split = split(FEE, 6);
        assertThat(split.total()).isEqualByComparingTo("750.00");
        assertThat(split.ownContribution()).isEqualByComparingTo("150.00");
        assertThat(split.departmentShare()).isEqualByComparingTo("600.00");
    }

    @Test
    void theResidentNeverPaysMoreThanTheFeesOfTheSessionsHeld() {
        CostSplit one = split(FEE, 1);
        assertThat(one.total()).isEqualByComparingTo("125.00");
        assertThat(one.ownContribution()).isEqualByComparingTo("125.00");
        assertThat(one.departmentShare()).isEqualByComparingTo("0.00");

        CostSplit two = split(FEE, 2);
        assertThat(two.ownContribution()).isEqualByComparingTo("150.00");
        assertThat(two.departmentShare()).isEqualByComparingTo("100.00");
    }

    @Test
    void noSessionHeldCostsNothing() {
        CostSplit none = split(FEE, 0);
        assertThat(none.total()).isEqualByComparingTo("0");
        assertThat(none.ownContribution()).isEqualByComparingTo("0");
        assertThat(none.departmentShare()).isEqualByComparingTo("0");
    }

    @Test
    void aTrackWithoutAFeeYetCostsNothing() {
        CostSplit unmatched = split(null, 3);
        assertThat(unmatched.total()).isEqualByComparingTo("0");
        assertThat(unmatched.ownContribution()).isEqualByComparingTo("0");
        assertThat(unmatched.departmentShare()).isEqualByComparingTo("0");
    }

    @Test
    void amountsAreInCentsAndAddUp() {
        CostSplit split = split(new BigDecimal("99.995"), 3);
        assertThat(split.total()).isEqualTo(new BigDecimal("299.99"));
        assertThat(split.ownContribution()).isEqualTo(new BigDecimal("150.00"));
        assertThat(split.ownContribution().add(split.departmentShare())).isEqualTo(split.total());
    }
}
