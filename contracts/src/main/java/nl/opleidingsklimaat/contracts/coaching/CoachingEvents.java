package nl.opleidingsklimaat.contracts.coaching;

import java.util.List;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.Topics;

/** Events published by coaching-service on {@code coaching.v1}. */
public final class CoachingEvents {
    private static final String PREFIX = "nl.opleidingsklimaat.coaching.";

    public static final EventType<TrackStarted> TRACK_STARTED =
            new EventType<>(PREFIX + "track-started.v1", Topics.COACHING, TrackStarted.class);
    public static final EventType<TrackCompleted> TRACK_COMPLETED =
            new EventType<>(PREFIX + "track-completed.v1", Topics.COACHING, TrackCompleted.class);
    public static final EventType<IntervisionGroupFormed> INTERVISION_GROUP_FORMED =
            new EventType<>(PREFIX + "intervision-group-formed.v1", Topics.COACHING, IntervisionGroupFormed.class);

    public static final List<EventType<?>> ALL = List.of(TRACK_STARTED, TRACK_COMPLETED, INTERVISION_GROUP_FORMED);

    private CoachingEvents() {}
}
