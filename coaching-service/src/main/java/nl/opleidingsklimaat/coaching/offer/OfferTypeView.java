package nl.opleidingsklimaat.coaching.offer;

import java.util.List;

public record OfferTypeView(
        String code,
        String name,
        String description,
        Integer sessionsPerTrack,
        List<ConditionStatus> conditions,
        boolean meetsAllConditions,
        List<ConditionView> shortfalls) {}
