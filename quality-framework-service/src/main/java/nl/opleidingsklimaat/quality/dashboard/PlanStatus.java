package nl.opleidingsklimaat.quality.dashboard;

import java.util.UUID;
import nl.opleidingsklimaat.quality.plan.PlanState;

public record PlanStatus(UUID planId, PlanState state, String cycle, long openActions, long overdueActions) {}
