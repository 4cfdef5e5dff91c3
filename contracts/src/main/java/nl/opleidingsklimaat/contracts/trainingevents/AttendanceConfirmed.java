package nl.opleidingsklimaat.contracts.trainingevents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A participant's attendance was confirmed. Subject {@code programme/<code>}, or {@code institution/<code>} when the
 * participant has no programme.
 *
 * @param participantReference opaque reference, never a name or BIG number
 */
public record AttendanceConfirmed(
        UUID eventId,
        String kind,
        String title,
        LocalDate date,
        String participantReference,
        String role,
        String programmeCode,
        String institutionCode,
        BigDecimal points,
        List<CompetenceWeight> competences) {}
