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

    /** The state named in a query parameter (case-insensitive), null for none; a 400 problem for an unknown name. */
    public static TrackState parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (TrackState state : values()) {
            if (state.name().equalsIgnoreCase(name)) {
                return state;
            }
        }
        throw nl.opleidingsklimaat.platform.problem.ProblemException.invalidField(
                "state", "must be one of " + java.util.Arrays.toString(values()));
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
