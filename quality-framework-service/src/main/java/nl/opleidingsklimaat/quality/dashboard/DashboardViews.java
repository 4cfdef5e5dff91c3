package nl.opleidingsklimaat.quality.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.quality.plan.PlanState;

/** What COC and region dashboards are built on. Aggregates only; no person is named. */
public final class DashboardViews {
    private DashboardViews() {
    }

    public enum ReportState {
        RELEASED, WITHHELD, NONE
    }

    /** The latest report of a programme; domain scores only when released, the threshold only when withheld. */
    public record ReportStatus(ReportState state, UUID campaignId, String instrumentCode, Integer invited, Integer respondents,
            BigDecimal responseRate, Integer threshold, List<DomainScore> domainScores) {
        static final ReportStatus NONE = new ReportStatus(ReportState.NONE, null, null, null, null, null, null, List.of());
    }

    public record PlanStatus(UUID planId, PlanState state, String cycle, long openActions, long overdueActions) {
    }

    public record CoachingUptake(long started, long completed) {
    }

    public record Professionalisation(long attendances, BigDecimal supervisorPoints, BigDecimal totalPoints) {
    }

    public record CoverageStatus(UUID assessmentId, int year, int tasks, int met, int percentMet) {
    }

    public record ProgrammeRow(String programmeCode, String name, boolean active, ReportStatus latestReport, PlanStatus improvementPlan,
            long overdueActions, CoachingUptake coaching, Professionalisation professionalisation, CoverageStatus coverage) {
    }

    public record InstitutionDashboard(String institutionCode, String name, String regionCode, OffsetDateTime generatedAt,
            long programmesTotal, int page, int size, List<ProgrammeRow> programmes) {
    }

    public record InstitutionRow(String institutionCode, String name, long programmes, long reportsReleased, long reportsWithheld,
            long programmesWithoutReport, long openPlans, long overdueActions, CoachingUptake coaching, BigDecimal supervisorPoints,
            Integer averagePercentMet) {
    }

    public enum GapKind {
        REPORT_WITHHELD, NO_REPORT, NO_IMPROVEMENT_PLAN, OVERDUE_ACTIONS, REGION_TASKS_OPEN
    }

    public record RegionGap(GapKind kind, String institutionCode, String programmeCode, String detail) {
    }

    public record RegionDashboard(String regionCode, String name, OffsetDateTime generatedAt, long institutionsTotal, int page, int size,
            List<InstitutionRow> institutions, long gapsTotal, List<RegionGap> gaps) {
    }
}
