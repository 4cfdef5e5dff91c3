package nl.opleidingsklimaat.quality.plan;

import java.util.List;

public record PlanDetails(PlanSummary plan, List<ActionView> actions) {}
