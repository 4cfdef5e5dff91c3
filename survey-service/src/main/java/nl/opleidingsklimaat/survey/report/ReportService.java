package nl.opleidingsklimaat.survey.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.ReportWithheld;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.contracts.survey.WellbeingSignalRaised;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignAccess;
import nl.opleidingsklimaat.survey.campaign.CampaignState;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.instrument.InstrumentKind;

/** Produces the reports at closing (with their events) and serves them under the release rule. */
@ApplicationScoped
public class ReportService {
    static final List<String> RELEASED_AUDIENCES = List.of(Roles.PROGRAMME_DIRECTOR, Roles.SUPERVISOR, Roles.COC, Roles.EDUCATION_ADVISOR);
    static final List<String> WITHHELD_AUDIENCES = List.of(Roles.COC, Roles.EDUCATION_ADVISOR);

    @Inject
    ReportStatistics statistics;

    @Inject
    ReportBuilder builder;

    @Inject
    Outbox outbox;

    @Inject
    ReportAccess access;

    @Inject
    CampaignAccess campaigns;

    @Inject
    AuditLog audit;

    /**
     * CLOSED -> REPORTED: one report per invited programme; ReportReleased at or above the threshold (with the
     * figures the programme side sees), ReportWithheld below it; wellbeing signals for released programmes.
     */
    @Transactional
    public void produce(UUID campaignId) {
        Campaign campaign = Campaign.lock(campaignId, true);
        if (campaign == null || campaign.state != CampaignState.CLOSED) {
            return;
        }
        Instrument instrument = campaign.instrument();
        List<ProgrammeReport> reports = new ArrayList<>();
        for (ReportStatistics.Outcome outcome : statistics.outcomes(campaignId)) {
            ProgrammeReport report = new ProgrammeReport();
            report.campaignId = campaignId;
            report.programmeCode = outcome.programmeCode();
            report.institutionCode = outcome.institutionCode();
            report.invited = outcome.invited();
            report.respondents = outcome.respondents();
            report.released = outcome.respondents() >= campaign.threshold;
            report.persist();
            reports.add(report);
        }
        ProgrammeReport.flush();
        CampaignStatistics figures = statistics.wholeCampaign(campaign, instrument, reports);
        for (ProgrammeReport report : reports) {
            String subject = Subjects.programme(report.programmeCode);
            if (!report.released) {
                outbox.record(SurveyEvents.REPORT_WITHHELD, subject, new ReportWithheld(campaignId, instrument.code, report.programmeCode,
                        report.institutionCode, campaign.regionCode, report.invited, report.respondents, campaign.threshold, WITHHELD_AUDIENCES));
                continue;
            }
            ReportView view = builder.build(campaign, instrument, report, figures);
            List<DomainScore> scores = view.domains().stream().filter(d -> d.mean() != null)
                    .map(d -> new DomainScore(d.domain(), d.mean(), d.respondents())).toList();
            outbox.record(SurveyEvents.REPORT_RELEASED, subject, new ReportReleased(campaignId, instrument.code, report.programmeCode,
                    report.institutionCode, campaign.regionCode, report.invited, report.respondents, view.responseRate(), scores,
                    view.strengths(), view.attentionPoints(), RELEASED_AUDIENCES));
            if (instrument.kind == InstrumentKind.WELLBEING) {
                raiseWellbeingSignals(campaign, instrument, report, figures);
            }
        }
        campaign.state = CampaignState.REPORTED;
    }

    /**
     * A signal per rule of the instrument when the share of a released programme's respondents answering the item at
     * or above the rule's value reaches the rule's share; computed only where the item has at least the threshold of
     * answers, and carrying aggregates only.
     */
    private void raiseWellbeingSignals(Campaign campaign, Instrument instrument, ProgrammeReport report, CampaignStatistics figures) {
        for (Instrument.SignalRule rule : instrument.signalRules) {
            CampaignStatistics.Share counts = figures.shareAtOrAbove(report.programmeCode, rule.itemCode, rule.atOrAbove);
            long answered = counts.answered();
            if (answered < campaign.threshold) {
                continue;
            }
            BigDecimal share = BigDecimal.valueOf(counts.atOrAbove()).divide(BigDecimal.valueOf(answered), 3, RoundingMode.HALF_UP);
            if (share.compareTo(rule.minShare) >= 0) {
                String description = "share of respondents answering %s at or above %d is at least %s".formatted(rule.itemCode, rule.atOrAbove,
                        rule.minShare.toPlainString());
                outbox.record(SurveyEvents.WELLBEING_SIGNAL_RAISED, Subjects.programme(report.programmeCode), new WellbeingSignalRaised(
                        campaign.id, report.programmeCode, report.institutionCode, (int) answered, rule.indicator, share, description));
            }
        }
    }

    @Transactional
    public Page<ReportSummary> list(UUID campaignId, PageRequest page) {
        Campaign campaign = reportedCampaign(campaignId);
        List<ReportSummary> visible = ProgrammeReport.<ProgrammeReport>list("campaignId = ?1 order by programmeCode", campaignId).stream()
                .filter(r -> access.listed(campaign, r))
                .map(r -> access.fullAccess(campaign, r) || r.released
                        ? new ReportSummary(r.programmeCode, r.institutionCode, status(r), r.invited, r.respondents,
                                ReportBuilder.rate(r.respondents, r.invited))
                        : new ReportSummary(r.programmeCode, r.institutionCode, status(r), null, null, null))
                .toList();
        int from = Math.min(page.offset(), visible.size());
        int to = Math.min(from + page.size, visible.size());
        return Page.of(visible.subList(from, to), page, visible.size());
    }

    @Transactional
    public ReportView read(UUID campaignId, String programmeCode) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        ReportAccess.Level level = access.figures(campaign, report);
        auditNonOwner(level, "read-report", campaign, report);
        return build(campaign, report, level);
    }

    @Transactional
    public Page<OpenAnswerView> openAnswers(UUID campaignId, String programmeCode, PageRequest page) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        ReportAccess.Level level = access.figures(campaign, report);
        auditNonOwner(level, "read-open-answers", campaign, report);
        List<OpenAnswerView> answers = statistics.openAnswers(campaignId, programmeCode, page.offset(), page.size).stream()
                .map(a -> new OpenAnswerView(a.item(), a.text())).toList();
        return Page.of(answers, page, statistics.openAnswerCount(campaignId, programmeCode));
    }

    /** The report's item statistics as CSV (one line per item), for those who may read the report. */
    @Transactional
    public String exportCsv(UUID campaignId, String programmeCode) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        ReportAccess.Level level = access.figures(campaign, report);
        auditNonOwner(level, "export-report", campaign, report);
        ReportView view = build(campaign, report, level);
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.builder().addColumn("programme").addColumn("domain").addColumn("item").addColumn("text")
                .addColumn("n").addColumn("notApplicable").addColumn("mean").addColumn("standardDeviation").addColumn("suppressed").build()
                .withHeader();
        List<List<Object>> rows = view.items().stream().map(i -> List.<Object>of(view.programmeCode(), i.domain(), i.item(), i.text(),
                blank(i.n()), blank(i.notApplicable()), blank(i.mean()), blank(i.standardDeviation()), i.suppressed())).toList();
        try {
            return mapper.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the report as CSV", e);
        }
    }

    private ReportView build(Campaign campaign, ProgrammeReport report, ReportAccess.Level level) {
        Instrument instrument = campaign.instrument();
        boolean fullAccess = level == ReportAccess.Level.FULL;
        return builder.build(campaign, instrument, report, statistics.programme(campaign, instrument, report.programmeCode, fullAccess));
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }

    private void auditNonOwner(ReportAccess.Level level, String action, Campaign campaign, ProgrammeReport report) {
        if (level == ReportAccess.Level.FULL && !access.programmeSide(report)) {
            audit.record(action, "report", campaign.id + "/" + report.programmeCode);
        }
    }

    private Campaign reportedCampaign(UUID campaignId) {
        Campaign campaign = campaigns.visibleCampaign(campaignId);
        if (campaign.state != CampaignState.REPORTED) {
            throw ProblemException.conflict("Campaign %s is %s; reports exist once it has closed", campaignId, campaign.state);
        }
        return campaign;
    }

    private static ProgrammeReport report(Campaign campaign, String programmeCode) {
        ProgrammeReport report = ProgrammeReport.findById(new ProgrammeReport.Key(campaign.id, programmeCode));
        if (report == null) {
            throw ProblemException.notFound("Report of %s not found", programmeCode);
        }
        return report;
    }

    private static ReportStatus status(ProgrammeReport report) {
        return report.released ? ReportStatus.RELEASED : ReportStatus.WITHHELD;
    }
}
