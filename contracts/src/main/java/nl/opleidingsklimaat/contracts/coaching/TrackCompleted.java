package nl.opleidingsklimaat.contracts.coaching;

import java.util.UUID;

/** A coaching track was completed. No person is named. Subject {@code programme/<code>}. */
public record TrackCompleted(
        UUID trackId, String programmeCode, String institutionCode, String offerType, int sessionsHeld) {}
