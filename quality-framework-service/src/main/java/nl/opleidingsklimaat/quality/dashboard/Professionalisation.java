package nl.opleidingsklimaat.quality.dashboard;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Confirmed attendances with their accreditation points. Null when from 1 to 3 attendances; the points are shown
 * only when both the supervisors' and the others' attendances are none or at least 4, so one cannot be subtracted
 * from the other.
 */
public record Professionalisation(
        @Schema(nullable = true) Long attendances,
        @Schema(nullable = true) BigDecimal supervisorPoints,
        @Schema(nullable = true) BigDecimal totalPoints,
        @Schema(nullable = true) String note) {}
