package nl.opleidingsklimaat.contracts;

/** One topic per publishing service; the record key is the event's subject, so one subject's events stay in order. */
public final class Topics {
    public static final String QUALITY = "quality.v1";
    public static final String SURVEY = "survey.v1";
    public static final String COACHING = "coaching.v1";
    public static final String TRAINING_EVENTS = "training-events.v1";

    private Topics() {
    }
}
