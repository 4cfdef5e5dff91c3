package nl.opleidingsklimaat.survey.report;

import java.math.BigDecimal;

/** An item's figures in one programme; means and standard deviations rounded to 2 decimals. */
public record ItemAggregate(int n, int notApplicable, BigDecimal mean, BigDecimal standardDeviation) {
    static final ItemAggregate NONE = new ItemAggregate(0, 0, null, null);
}
