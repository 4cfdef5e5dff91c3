package nl.opleidingsklimaat.survey.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A domain's oriented answers (higher is better) in one programme, as sums so that programmes add up; respondents
 * add up too, since a response belongs to one programme.
 */
public record DomainTotals(long sum, long answers, int respondents) {
    DomainTotals plus(DomainTotals other) {
        return new DomainTotals(sum + other.sum, answers + other.answers, respondents + other.respondents);
    }

    /** The mean rounded half up to 2 decimals, as PostgreSQL's round(avg(...), 2). */
    BigDecimal mean() {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
    }
}
