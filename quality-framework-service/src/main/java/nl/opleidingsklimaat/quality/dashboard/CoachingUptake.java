package nl.opleidingsklimaat.quality.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Active and completed coaching tracks; a count of 1 to 3 tracks is null (the note says so). */
public record CoachingUptake(
        @Schema(nullable = true) Long started,
        @Schema(nullable = true) Long completed,
        @Schema(nullable = true) String note) {}
