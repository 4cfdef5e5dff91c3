package nl.opleidingsklimaat.survey.report;

import java.math.BigDecimal;

public record DomainStatistic(String domain, BigDecimal mean, int respondents) {
    /** Both scored scales run from 1 to 5: a reversed answer v counts as 6 - v. */
    private static final BigDecimal SCALE_ENDS = BigDecimal.valueOf(6);

    /** The mean turned back onto the answer scale (for a domain of reversed items only). */
    public DomainStatistic onAnswerScale() {
        return new DomainStatistic(domain, SCALE_ENDS.subtract(mean), respondents);
    }
}
