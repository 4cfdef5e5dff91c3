package nl.opleidingsklimaat.quality.dashboard;

import java.math.BigDecimal;

/**
 * Confirmed attendances with their accreditation points. Null when from 1 to 3 attendances; the points are shown
 * only when both the supervisors' and the others' attendances are none or at least 4, so one cannot be subtracted
 * from the other.
 */
public record Professionalisation(Long attendances, BigDecimal supervisorPoints, BigDecimal totalPoints, String note) {}
