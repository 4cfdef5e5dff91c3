package nl.opleidingsklimaat.quality.plan;

import java.time.OffsetDateTime;

public record HistoryView(OffsetDateTime at, String actor, String change, PlanState fromState, PlanState toState) {
    static HistoryView of(PlanHistory h) {
        return new HistoryView(h.at, h.actor, h.change, h.fromState, h.toState);
    }
}
