package nl.opleidingsklimaat.contracts.coaching;

import java.util.UUID;

/** An intervision group was formed. Subject {@code institution/<code>}. */
public record IntervisionGroupFormed(UUID groupId, String institutionCode, int size, String coachReference) {}
