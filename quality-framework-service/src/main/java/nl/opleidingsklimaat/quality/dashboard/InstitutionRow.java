package nl.opleidingsklimaat.quality.dashboard;

import java.math.BigDecimal;

/**
 * An institution's totals. Coaching counts and supervisors' points are null when they come from 1 to 3 people, or
 * when the institution's programmes hide figures that together come from 1 to 3 people (the total minus the shown
 * programmes would give them).
 */
public record InstitutionRow(
        String institutionCode,
        String name,
        long programmes,
        long reportsReleased,
        long reportsWithheld,
        long programmesWithoutReport,
        long openPlans,
        long overdueActions,
        CoachingUptake coaching,
        BigDecimal supervisorPoints,
        Integer averagePercentMet) {}
