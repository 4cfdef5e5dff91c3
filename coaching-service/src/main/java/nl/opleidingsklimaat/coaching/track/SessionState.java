package nl.opleidingsklimaat.coaching.track;

import java.util.List;

public enum SessionState {
    BOOKED,
    HELD,
    CANCELLED,
    /** Cancelled by the resident within the policy's notice period: billed, and keeps its place among the sessions. */
    CANCELLED_LATE;

    /** The states that are paid for: a held session and one the resident cancelled late. */
    public static final List<SessionState> BILLED = List.of(HELD, CANCELLED_LATE);

    /** The states that take one of the track's sessions. */
    public static final List<SessionState> TAKING_A_PLACE = List.of(BOOKED, HELD, CANCELLED_LATE);
}
