package nl.opleidingsklimaat.quality.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.quality.plan.PlanState;

/** What COC and region dashboards are built on. Aggregates only; no person is named. */
public final class DashboardViews {
    private DashboardViews() {}

    public enum ReportState {
        RELEASED,
        WITHHELD,
        NONE
    }

    /**
     * The latest report of a programme. Its figures only for callers with a role among the report's audiences (those
     * survey-service shows the figures to); domain scores only when released, the threshold only when withheld; a count
     * of fewer than 4 people is null. The note says what is left out and why.
     */
    public record ReportStatus(
            ReportState state,
            UUID campaignId,
            String instrumentCode,
            Integer invited,
            Integer respondents,
            BigDecimal responseRate,
            Integer threshold,
            List<DomainScore> domainScores,
            String note) {
        static final ReportStatus NONE =
                new ReportStatus(ReportState.NONE, null, null, null, null, null, null, List.of(), null);
    }

    public record PlanStatus(UUID planId, PlanState state, String cycle, long openActions, long overdueActions) {}

    /** Active and completed coaching tracks; a count of 1 to 3 tracks is null (the note says so). */
    public record CoachingUptake(Long started, Long completed, String note) {}

    /**
     * Confirmed attendances with their accreditation points. Null when from 1 to 3 attendances; the points are shown
     * only when both the supervisors' and the others' attendances are none or at least 4, so one cannot be subtracted
     * from the other.
     */
    public record Professionalisation(
            Long attendances, BigDecimal supervisorPoints, BigDecimal totalPoints, String note) {}

    public record CoverageStatus(UUID assessmentId, int year, int tasks, int met, int percentMet) {}

    public record ProgrammeRow(
            String programmeCode,
            String name,
            boolean active,
            ReportStatus latestReport,
            PlanStatus improvementPlan,
            long overdueActions,
            CoachingUptake coaching,
            Professionalisation professionalisation,
            CoverageStatus coverage) {}

    public record InstitutionDashboard(
            String institutionCode,
            String name,
            String regionCode,
            OffsetDateTime generatedAt,
            long programmesTotal,
            int page,
            int size,
            List<ProgrammeRow> programmes) {}

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

    public enum GapKind {
        REPORT_WITHHELD,
        NO_REPORT,
        NO_IMPROVEMENT_PLAN,
        OVERDUE_ACTIONS,
        REGION_TASKS_OPEN
    }

    public record RegionGap(GapKind kind, String institutionCode, String programmeCode, String detail) {}

    public record RegionDashboard(
            String regionCode,
            String name,
            OffsetDateTime generatedAt,
            long institutionsTotal,
            int page,
            int size,
            List<InstitutionRow> institutions,
            long gapsTotal,
            List<RegionGap> gaps) {}
}
