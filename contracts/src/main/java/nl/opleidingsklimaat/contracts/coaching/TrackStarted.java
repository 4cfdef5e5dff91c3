package nl.opleidingsklimaat.contracts.coaching;

import java.util.UUID;

/** A coaching track became active. No person is named. Subject {@code programme/<code>}. */
public record TrackStarted(
        UUID trackId, String programmeCode, String institutionCode, String offerType, int sessionsHeld) {}
