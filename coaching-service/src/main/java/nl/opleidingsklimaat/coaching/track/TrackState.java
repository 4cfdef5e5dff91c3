package nl.opleidingsklimaat.coaching.track;

import java.util.Set;

/** The life of a coaching track: requested, matched to a coach, active, then completed or cancelled. */
public enum TrackState {
    REQUESTED,
    MATCHED,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    /** States in which the track occupies one place of the coach's capacity. */
    public static final Set<TrackState> IN_HAND = Set.of(MATCHED, ACTIVE);

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
