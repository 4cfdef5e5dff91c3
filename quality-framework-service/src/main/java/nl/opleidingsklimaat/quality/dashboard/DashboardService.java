package nl.opleidingsklimaat.quality.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.privacy.SmallCells;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.assessment.Assessment;
import nl.opleidingsklimaat.quality.assessment.AssessmentService;
import nl.opleidingsklimaat.quality.assessment.Coverage;
import nl.opleidingsklimaat.quality.assessment.EvidenceKind;
import nl.opleidingsklimaat.quality.assessment.EvidenceSettings;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
import nl.opleidingsklimaat.quality.coaching.CoachingTrack;
import nl.opleidingsklimaat.quality.plan.ActionStatus;
import nl.opleidingsklimaat.quality.plan.ImprovementPlan;
import nl.opleidingsklimaat.quality.plan.OverdueActions;
import nl.opleidingsklimaat.quality.plan.PlanAction;
import nl.opleidingsklimaat.quality.registry.Institution;
import nl.opleidingsklimaat.quality.registry.Programme;
import nl.opleidingsklimaat.quality.registry.Region;
import nl.opleidingsklimaat.quality.report.ReportOutcome;

/** Builds the COC institution dashboard and the region dashboard from this service's own tables. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {
    static final int MAX_GAPS = 200;

    @Inject
    AssessmentService assessments;

    @Inject
    Visibility visibility;

    @Inject
    AuditLog audit;

    /** The institution's dashboard when the caller may see the institution (404 otherwise); the read is audited. */
    public InstitutionDashboard institution(String code, PageRequest page) {
        Institution institution = Institution.findById(code);
        if (institution == null || !visibility.institution(code, institution.regionCode)) {
            throw ProblemException.notFound("Institution %s not found", code);
        }
        audit.record("read", "institution-dashboard", code);
        return institution(institution, page);
    }

    /** The region's dashboard when the caller may see the region (404 otherwise); the read is audited. */
    public RegionDashboard region(String code, PageRequest page) {
        Region region = Region.findById(code);
        if (region == null || !visibility.region(code)) {
            throw ProblemException.notFound("Region %s not found", code);
        }
        audit.record("read", "region-dashboard", code);
        return region(region, page);
    }

    @Inject
    OverdueActions overdue;

    @Inject
    EvidenceSettings settings;

    @Inject
    ReportFigures reports;

    public InstitutionDashboard institution(Institution institution, PageRequest page) {
        var query = Programme.<Programme>find("institutionCode = ?1 order by code", institution.code);
        long total = query.count();
        List<ProgrammeRow> rows = query.page(page.page, page.size).list().stream()
                .map(this::programmeRow)
                .toList();
        return new InstitutionDashboard(
                institution.code,
                institution.name,
                institution.regionCode,
                OffsetDateTime.now(),
                total,
                page.page,
                page.size,
                rows);
    }

    public RegionDashboard region(Region region, PageRequest page) {
        var query = Institution.<Institution>find("regionCode = ?1 order by code", region.code);
        long total = query.count();
        List<InstitutionRow> rows = query.page(page.page, page.size).list().stream()
                .map(this::institutionRow)
                .toList();
        List<RegionGap> gaps = regionGaps(region);
        return new RegionDashboard(
                region.code,
                region.name,
                OffsetDateTime.now(),
                total,
                page.page,
                page.size,
                rows,
                gaps.size(),
                gaps.stream().limit(MAX_GAPS).toList());
    }

    private InstitutionRow institutionRow(Institution institution) {
        List<ProgrammeFacts> programmes =
                Programme.<Programme>list("institutionCode = ?1 order by code", institution.code).stream()
                        .map(this::facts)
                        .toList();
        List<ProgrammeRow> rows = programmes.stream().map(ProgrammeFacts::row).toList();
        List<Integer> percents = rows.stream()
                .map(ProgrammeRow::coverage)
                .filter(Objects::nonNull)
                .map(CoverageStatus::percentMet)
                .toList();
        CoachingUptake coaching = coachingUptake(
                PeopleFigures.totalCount(programmes.stream()
                        .map(p -> PeopleFigures.Cell.count(p.started()))
                        .toList()),
                PeopleFigures.totalCount(programmes.stream()
                        .map(p -> PeopleFigures.Cell.count(p.completed()))
                        .toList()));
        BigDecimal supervisorPoints = PeopleFigures.total(
                programmes.stream().map(p -> p.attendance().supervisorCell()).toList());
        return new InstitutionRow(
                institution.code,
                institution.name,
                rows.size(),
                rows.stream()
                        .filter(p -> p.latestReport().state() == ReportState.RELEASED)
                        .count(),
                rows.stream()
                        .filter(p -> p.latestReport().state() == ReportState.WITHHELD)
                        .count(),
                rows.stream()
                        .filter(p -> p.latestReport().state() == ReportState.NONE)
                        .count(),
                ImprovementPlan.count(
                        "institutionCode = ?1 and state <> ?2",
                        institution.code,
                        nl.opleidingsklimaat.quality.plan.PlanState.CLOSED),
                rows.stream().mapToLong(ProgrammeRow::overdueActions).sum(),
                coaching,
                supervisorPoints,
                percents.isEmpty()
                        ? null
                        : (int) Math.round(percents.stream()
                                .mapToInt(Integer::intValue)
                                .average()
                                .orElse(0)));
    }

    private List<RegionGap> regionGaps(Region region) {
        List<RegionGap> gaps = new ArrayList<>();
        for (Programme programme : Programme.<Programme>list(
                "regionCode = ?1 and active = true order by institutionCode, code", region.code)) {
            ProgrammeRow row = programmeRow(programme);
            switch (row.latestReport().state()) {
                case WITHHELD ->
                    gaps.add(new RegionGap(
                            GapKind.REPORT_WITHHELD,
                            programme.institutionCode,
                            programme.code,
                            ReportFigures.withheldDetail(row.latestReport())));
                case NONE ->
                    gaps.add(new RegionGap(
                            GapKind.NO_REPORT, programme.institutionCode, programme.code, "no report received"));
                case RELEASED -> {
                    if (row.improvementPlan() == null) {
                        gaps.add(new RegionGap(
                                GapKind.NO_IMPROVEMENT_PLAN,
                                programme.institutionCode,
                                programme.code,
                                "report released without an improvement plan"));
                    }
                }
            }
            if (row.overdueActions() > 0) {
                gaps.add(new RegionGap(
                        GapKind.OVERDUE_ACTIONS,
                        programme.institutionCode,
                        programme.code,
                        row.overdueActions() + " overdue actions"));
            }
        }
        Assessment regionAssessment = latestAssessment(SubjectType.REGION, region.code);
        if (regionAssessment != null) {
            Coverage coverage = assessments.coverageOf(regionAssessment);
            int open = coverage.tasks() - coverage.met() - coverage.notApplicable();
            if (open > 0) {
                gaps.add(new RegionGap(
                        GapKind.REGION_TASKS_OPEN,
                        null,
                        null,
                        open + " of " + coverage.tasks() + " OOR tasks not met in " + regionAssessment.year));
            }
        }
        return gaps;
    }

    ProgrammeRow programmeRow(Programme programme) {
        return facts(programme).row();
    }

    /** What the dashboards know of a programme: its row as this caller may see it, and the raw people counts for totals. */
    private record ProgrammeFacts(ProgrammeRow row, long started, long completed, Attendance attendance) {}

    /** A programme's confirmed attendances (raw): all, and the supervisors' (by role), with their points. */
    private record Attendance(long all, long supervisors, BigDecimal supervisorPoints, BigDecimal totalPoints) {
        /** The points are shown only when neither the supervisors' nor the others' attendances are a small cell. */
        boolean pointsShown() {
            return PeopleFigures.safe(supervisors) && PeopleFigures.safe(all - supervisors);
        }

        PeopleFigures.Cell supervisorCell() {
            return new PeopleFigures.Cell(supervisors, supervisorPoints, pointsShown());
        }

        Professionalisation view() {
            boolean points = pointsShown();
            Long attendances = PeopleFigures.count(all);
            String note = attendances == null
                    ? "fewer than " + SmallCells.MINIMUM + " attendances: not shown"
                    : points
                            ? null
                            : "points not shown: the supervisors or the others attended fewer than "
                                    + SmallCells.MINIMUM + " times";
            return new Professionalisation(
                    attendances, points ? supervisorPoints : null, points ? totalPoints : null, note);
        }
    }

    private ProgrammeFacts facts(Programme programme) {
        ImprovementPlan plan = ImprovementPlan.find(
                        "subjectType = ?1 and subjectCode = ?2 order by createdAt desc",
                        SubjectType.PROGRAMME,
                        programme.code)
                .firstResult();
        long overdueActions = overdue.countForSubject(programme.code);
        PlanStatus planStatus = plan == null
                ? null
                : new PlanStatus(
                        plan.id,
                        plan.state,
                        plan.cycle,
                        PlanAction.count(
                                "planId = ?1 and status in ?2",
                                plan.id,
                                List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
                        overdueActions);
        long started = CoachingTrack.count("programmeCode = ?1 and status = ?2", programme.code, CoachingTrack.STARTED);
        long completed =
                CoachingTrack.count("programmeCode = ?1 and status = ?2", programme.code, CoachingTrack.COMPLETED);
        Attendance attendance = attendance(programme.code);
        Assessment latest = latestAssessment(SubjectType.PROGRAMME, programme.code);
        CoverageStatus coverage = null;
        if (latest != null) {
            Coverage c = assessments.coverageOf(latest);
            coverage = new CoverageStatus(latest.id, latest.year, c.tasks(), c.met(), c.percentMet());
        }
        ProgrammeRow row = new ProgrammeRow(
                programme.code,
                programme.name,
                programme.active,
                reports.status(ReportOutcome.latestOf(programme.code)),
                planStatus,
                overdueActions,
                coachingUptake(PeopleFigures.count(started), PeopleFigures.count(completed)),
                attendance.view(),
                coverage);
        return new ProgrammeFacts(row, started, completed, attendance);
    }

    private static CoachingUptake coachingUptake(Long started, Long completed) {
        return new CoachingUptake(
                started,
                completed,
                started == null || completed == null
                        ? "fewer than " + SmallCells.MINIMUM
                                + " tracks, or a figure that would reveal such a count: not shown"
                        : null);
    }

    private Attendance attendance(String programmeCode) {
        Object[] sums = Assessment.getEntityManager()
                .createQuery(
                        "select count(e), coalesce(sum(e.points), 0),"
                                + " coalesce(sum(case when e.participantRole in :roles then 1 else 0 end), 0),"
                                + " coalesce(sum(case when e.participantRole in :roles then e.points else 0 end), 0)"
                                + " from Evidence e, Assessment a where e.assessmentId = a.id and a.subjectType = :type and a.subjectCode = :code"
                                + " and e.kind = :kind",
                        Object[].class)
                .setParameter("roles", settings.supervisorRoles())
                .setParameter("type", SubjectType.PROGRAMME)
                .setParameter("code", programmeCode)
                .setParameter("kind", EvidenceKind.ATTENDANCE)
                .getSingleResult();
        return new Attendance(
                ((Number) sums[0]).longValue(), ((Number) sums[2]).longValue(), decimal(sums[3]), decimal(sums[1]));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Assessment latestAssessment(SubjectType type, String code) {
        return Assessment.find("subjectType = ?1 and subjectCode = ?2 order by year desc, createdAt desc", type, code)
                .firstResult();
    }
}
