package nl.opleidingsklimaat.contracts;

import java.util.Map;
import java.util.Optional;

/**
 * One topic per publishing service; the record key is the event's subject, so one subject's events stay in order.
 * Each topic has one owner: consumers accept a topic's events only with that owner's CloudEvents {@code source}.
 */
public final class Topics {
    public static final String QUALITY = "quality.v1";
    public static final String SURVEY = "survey.v1";
    public static final String COACHING = "coaching.v1";
    public static final String TRAINING_EVENTS = "training-events.v1";

    private static final Map<String, String> PUBLISHER = Map.of(
            QUALITY, "/quality-framework-service",
            SURVEY, "/survey-service",
            COACHING, "/coaching-service",
            TRAINING_EVENTS, "/event-service");

    private Topics() {}

    /** The CloudEvents {@code source} of the only service that may publish on the topic. */
    public static Optional<String> publisherOf(String topic) {
        return Optional.ofNullable(PUBLISHER.get(topic));
    }
}
