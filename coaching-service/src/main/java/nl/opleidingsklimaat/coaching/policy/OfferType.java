package nl.opleidingsklimaat.coaching.policy;

import java.util.Map;

/** A form of personal development; {@code sessionsPerTrack} is set for forms run as individual tracks. */
public record OfferType(
        String code, String name, String description, Integer sessionsPerTrack, Map<String, Boolean> conditionsMet) {}
