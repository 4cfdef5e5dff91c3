package nl.opleidingsklimaat.quality.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.quality.assessment.Assessment;
import nl.opleidingsklimaat.quality.assessment.AssessmentApi.Coverage;
import nl.opleidingsklimaat.quality.assessment.AssessmentService;
import nl.opleidingsklimaat.quality.assessment.EvidenceKind;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
import nl.opleidingsklimaat.quality.consumer.CoachingTrack;
import nl.opleidingsklimaat.quality.consumer.EvidenceSettings;
import nl.opleidingsklimaat.quality.consumer.ReportOutcome;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.CoachingUptake;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.CoverageStatus;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.GapKind;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.InstitutionDashboard;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.InstitutionRow;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.PlanStatus;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.Professionalisation;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.ProgrammeRow;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.RegionDashboard;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.RegionGap;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.ReportState;
import nl.opleidingsklimaat.quality.dashboard.DashboardViews.ReportStatus;
import nl.opleidingsklimaat.quality.plan.ActionStatus;
import nl.opleidingsklimaat.quality.plan.ImprovementPlan;
import nl.opleidingsklimaat.quality.plan.OverdueActions;
import nl.opleidingsklimaat.quality.plan.PlanAction;
import nl.opleidingsklimaat.quality.registry.Institution;
import nl.opleidingsklimaat.quality.registry.Programme;
import nl.opleidingsklimaat.quality.registry.Region;

/** Builds the COC institution dashboard and the region dashboard from this service's own tables. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {
    static final int MAX_GAPS = 200;

    @Inject
    AssessmentService assessments;

    @Inject
    OverdueActions overdue;

    @Inject
    EvidenceSettings settings;

    public InstitutionDashboard institution(Institution institution, PageRequest page) {
        var query = Programme.<Programme>find("institutionCode = ?1 order by code", institution.code);
        long total = query.count();
        List<ProgrammeRow> rows = query.page(page.page, page.size).list().stream().map(this::programmeRow).toList();
        return new InstitutionDashboard(institution.code, institution.name, institution.regionCode, OffsetDateTime.now(), total,
                page.page, page.size, rows);
    }

    public RegionDashboard region(Region region, PageRequest page) {
        var query = Institution.<Institution>find("regionCode = ?1 order by code", region.code);
        long total = query.count();
        List<InstitutionRow> rows = query.page(page.page, page.size).list().stream().map(this::institutionRow).toList();
        List<RegionGap> gaps = regionGaps(region);
        return new RegionDashboard(region.code, region.name, OffsetDateTime.now(), total, page.page, page.size, rows, gaps.size(),
                gaps.stream().limit(MAX_GAPS).toList());
    }

    private InstitutionRow institutionRow(Institution institution) {
        List<ProgrammeRow> programmes = Programme.<Programme>list("institutionCode = ?1 order by code", institution.code).stream()
                .map(this::programmeRow).toList();
        List<Integer> percents = programmes.stream().map(ProgrammeRow::coverage).filter(Objects::nonNull).map(CoverageStatus::percentMet).toList();
        return new InstitutionRow(institution.code, institution.name, programmes.size(),
                programmes.stream().filter(p -> p.latestReport().state() == ReportState.RELEASED).count(),
                programmes.stream().filter(p -> p.latestReport().state() == ReportState.WITHHELD).count(),
                programmes.stream().filter(p -> p.latestReport().state() == ReportState.NONE).count(),
                ImprovementPlan.count("institutionCode = ?1 and state <> ?2", institution.code, nl.opleidingsklimaat.quality.plan.PlanState.CLOSED),
                programmes.stream().mapToLong(ProgrammeRow::overdueActions).sum(),
                new CoachingUptake(programmes.stream().mapToLong(p -> p.coaching().started()).sum(),
                        programmes.stream().mapToLong(p -> p.coaching().completed()).sum()),
                programmes.stream().map(p -> p.professionalisation().supervisorPoints()).reduce(BigDecimal.ZERO, BigDecimal::add),
                percents.isEmpty() ? null : (int) Math.round(percents.stream().mapToInt(Integer::intValue).average().orElse(0)));
    }

    private List<RegionGap> regionGaps(Region region) {
        List<RegionGap> gaps = new ArrayList<>();
        for (Programme programme : Programme.<Programme>list("regionCode = ?1 and active = true order by institutionCode, code", region.code)) {
            ProgrammeRow row = programmeRow(programme);
            switch (row.latestReport().state()) {
                case WITHHELD -> gaps.add(new RegionGap(GapKind.REPORT_WITHHELD, programme.institutionCode, programme.code,
                        row.latestReport().respondents() + " respondents, threshold " + row.latestReport().threshold()));
                case NONE -> gaps.add(new RegionGap(GapKind.NO_REPORT, programme.institutionCode, programme.code, "no report received"));
                case RELEASED -> {
                    if (row.improvementPlan() == null) {
                        gaps.add(new RegionGap(GapKind.NO_IMPROVEMENT_PLAN, programme.institutionCode, programme.code,
                                "report released without an improvement plan"));
                    }
                }
            }
            if (row.overdueActions() > 0) {
                gaps.add(new RegionGap(GapKind.OVERDUE_ACTIONS, programme.institutionCode, programme.code,
                        row.overdueActions() + " overdue actions"));
            }
        }
        Assessment regionAssessment = latestAssessment(SubjectType.REGION, region.code);
        if (regionAssessment != null) {
            Coverage coverage = assessments.coverageOf(regionAssessment);
            int open = coverage.tasks() - coverage.met() - coverage.notApplicable();
            if (open > 0) {
                gaps.add(new RegionGap(GapKind.REGION_TASKS_OPEN, null, null, open + " of " + coverage.tasks() + " OOR tasks not met in "
                        + regionAssessment.year));
            }
        }
        return gaps;
    }

    ProgrammeRow programmeRow(Programme programme) {
        ImprovementPlan plan = ImprovementPlan.find("subjectType = ?1 and subjectCode = ?2 order by createdAt desc", SubjectType.PROGRAMME,
                programme.code).firstResult();
        long overdueActions = overdue.countForSubject(programme.code);
        PlanStatus planStatus = plan == null ? null : new PlanStatus(plan.id, plan.state, plan.cycle,
                PlanAction.count("planId = ?1 and status in ?2", plan.id, List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
                overdueActions);
        CoachingUptake coaching = new CoachingUptake(
                CoachingTrack.count("programmeCode = ?1 and status = ?2", programme.code, CoachingTrack.STARTED),
                CoachingTrack.count("programmeCode = ?1 and status = ?2", programme.code, CoachingTrack.COMPLETED));
        Assessment latest = latestAssessment(SubjectType.PROGRAMME, programme.code);
        CoverageStatus coverage = null;
        if (latest != null) {
            Coverage c = assessments.coverageOf(latest);
            coverage = new CoverageStatus(latest.id, latest.year, c.tasks(), c.met(), c.percentMet());
        }
        return new ProgrammeRow(programme.code, programme.name, programme.active, reportStatus(ReportOutcome.latestOf(programme.code)),
                planStatus, overdueActions, coaching, professionalisation(programme.code), coverage);
    }

    private static ReportStatus reportStatus(ReportOutcome outcome) {
        if (outcome == null) {
            return ReportStatus.NONE;
        }
        boolean released = outcome.status == ReportOutcome.Status.RELEASED;
        return new ReportStatus(released ? ReportState.RELEASED : ReportState.WITHHELD, outcome.id.campaignId(), outcome.instrumentCode,
                outcome.invited, outcome.respondents, outcome.responseRate, released ? null : outcome.threshold,
                released && outcome.domainScores != null ? outcome.domainScores : List.of());
    }

    private Professionalisation professionalisation(String programmeCode) {
        Object[] sums = Assessment.getEntityManager().createQuery("select count(e), coalesce(sum(e.points), 0),"
                + " coalesce(sum(case when e.participantRole in :roles then e.points else 0 end), 0)"
                + " from Evidence e, Assessment a where e.assessmentId = a.id and a.subjectType = :type and a.subjectCode = :code"
                + " and e.kind = :kind", Object[].class)
                .setParameter("roles", settings.supervisorRoles()).setParameter("type", SubjectType.PROGRAMME)
                .setParameter("code", programmeCode).setParameter("kind", EvidenceKind.ATTENDANCE).getSingleResult();
        return new Professionalisation(((Number) sums[0]).longValue(), decimal(sums[2]), decimal(sums[1]));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Assessment latestAssessment(SubjectType type, String code) {
        return Assessment.find("subjectType = ?1 and subjectCode = ?2 order by year desc, createdAt desc", type, code).firstResult();
    }
}
