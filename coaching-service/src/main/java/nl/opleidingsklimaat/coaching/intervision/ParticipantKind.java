package nl.opleidingsklimaat.coaching.intervision;

/** Residents (a(n)ios, at most 10 a group) or students (coschap, at most 8 a group). */
public enum ParticipantKind {
    RESIDENTS,
    STUDENTS
}
