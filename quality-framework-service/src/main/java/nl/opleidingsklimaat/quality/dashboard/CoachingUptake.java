package nl.opleidingsklimaat.quality.dashboard;

/** Active and completed coaching tracks; a count of 1 to 3 tracks is null (the note says so). */
public record CoachingUptake(Long started, Long completed, String note) {}
