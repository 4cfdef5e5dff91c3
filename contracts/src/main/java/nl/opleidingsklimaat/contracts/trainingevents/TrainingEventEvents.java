package nl.opleidingsklimaat.contracts.trainingevents;

import java.util.List;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.Topics;

/** Integration events published by event-service on {@code training-events.v1}. */
public final class TrainingEventEvents {
    private static final String PREFIX = "nl.opleidingsklimaat.training-events.";

    public static final EventType<TrainingEventPublished> TRAINING_EVENT_PUBLISHED = new EventType<>(
            PREFIX + "training-event-published.v1", Topics.TRAINING_EVENTS, TrainingEventPublished.class);
    public static final EventType<AttendanceConfirmed> ATTENDANCE_CONFIRMED =
            new EventType<>(PREFIX + "attendance-confirmed.v1", Topics.TRAINING_EVENTS, AttendanceConfirmed.class);

    public static final List<EventType<?>> ALL = List.of(TRAINING_EVENT_PUBLISHED, ATTENDANCE_CONFIRMED);

    private TrainingEventEvents() {}
}
