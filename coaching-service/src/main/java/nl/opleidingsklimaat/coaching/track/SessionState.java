package nl.opleidingsklimaat.coaching.track;

public enum SessionState {
    BOOKED,
    HELD,
    CANCELLED
}
