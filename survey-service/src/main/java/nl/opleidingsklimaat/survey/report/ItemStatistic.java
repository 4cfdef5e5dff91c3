package nl.opleidingsklimaat.survey.report;

import java.math.BigDecimal;

public record ItemStatistic(
        String code,
        String domain,
        String text,
        String scale,
        boolean higherIsBetter,
        int scaleMin,
        int scaleMax,
        int n,
        int notApplicable,
        BigDecimal mean,
        BigDecimal standardDeviation) {

    /** The mean turned so that higher is better (for strengths and attention points). */
    public BigDecimal orientedMean() {
        return higherIsBetter || mean == null
                ? mean
                : BigDecimal.valueOf(scaleMin + scaleMax).subtract(mean);
    }
}
