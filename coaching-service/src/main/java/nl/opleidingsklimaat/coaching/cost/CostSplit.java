package nl.opleidingsklimaat.coaching.cost;

import java.math.BigDecimal;

public record CostSplit(BigDecimal total, BigDecimal ownContribution, BigDecimal departmentShare) {}
