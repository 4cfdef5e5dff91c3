package nl.opleidingsklimaat.survey.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.ReportWithheld;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.contracts.survey.WellbeingSignalRaised;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.csv.CsvCells;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignAccess;
import nl.opleidingsklimaat.survey.campaign.CampaignLock;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.instrument.InstrumentItem;
import nl.opleidingsklimaat.survey.instrument.InstrumentKind;
import nl.opleidingsklimaat.survey.instrument.Scale;

/** Produces the reports at closing (with their events) and serves them under the release rule. */
@ApplicationScoped
public class ReportService {
    private static final List<String> CSV_COLUMNS = List.of(
            "programme",
            "domain",
            "item",
            "text",
            "n",
            "notApplicable",
            "mean",
            "standardDeviation",
            "suppressed",
            "answer");

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
    OpenAnswers openAnswers;

    @Inject
    AuditLog audit;

    @Inject
    CampaignLock lock;

    @Inject
    Event<ReportsProduced> produced;

    @Inject
    EarlierYears earlierYears;

    /**
     * CLOSED -> REPORTED: one report per invited programme; ReportReleased at or above the threshold (with the
     * figures the programme side sees), ReportWithheld below it; wellbeing signals for released programmes. The
     * events name as audiences exactly the roles {@link ReportAccess} lets read the report.
     */
    @Transactional
    public void produce(UUID campaignId) {
        Campaign campaign = lock.forChange(campaignId).orElse(null);
        if (campaign == null || !campaign.awaitsReports()) {
            return;
        }
        Instrument instrument = campaign.instrument();
        List<ProgrammeReport> reports = new ArrayList<>();
        for (ProgrammeOutcome outcome : statistics.outcomes(campaignId)) {
            ProgrammeReport report = new ProgrammeReport();
            report.campaignId = campaignId;
            report.programmeCode = outcome.programmeCode();
            report.institutionCode = outcome.institutionCode();
            report.invited = outcome.invited();
            report.respondents = outcome.respondents();
            report.lateInvitations = outcome.lateInvitations();
            report.released = campaign.releases(outcome.respondents());
            report.persist();
            reports.add(report);
        }
        ProgrammeReport.flush();
        CampaignStatistics figures = statistics.wholeCampaign(campaign, instrument, reports);
        for (ProgrammeReport report : reports) {
            String subject = Subjects.programme(report.programmeCode);
            List<String> audiences = ReportAccess.audiences(instrument.kind, report.released);
            if (!report.released) {
                outbox.record(
                        SurveyEvents.REPORT_WITHHELD,
                        subject,
                        new ReportWithheld(
                                campaignId,
                                instrument.code,
                                report.programmeCode,
                                report.institutionCode,
                                campaign.regionCode,
                                report.invited,
                                report.respondents,
                                campaign.threshold,
                                audiences));
                continue;
            }
            ReportView view =
                    builder.build(campaign, instrument, report, figures, OpenAnswersReview.AWAITING_COC_REVIEW);
            List<DomainScore> scores = view.domains().stream()
                    .filter(d -> d.mean() != null)
                    .map(d -> new DomainScore(d.domain(), d.mean(), d.respondents(), d.lowerIsBetter()))
                    .toList();
            outbox.record(
                    SurveyEvents.REPORT_RELEASED,
                    subject,
                    new ReportReleased(
                            campaignId,
                            instrument.code,
                            report.programmeCode,
                            report.institutionCode,
                            campaign.regionCode,
                            report.invited,
                            report.respondents,
                            view.responseRate(),
                            scores,
                            view.strengths(),
                            view.attentionPoints(),
                            audiences));
            if (instrument.kind == InstrumentKind.WELLBEING) {
                raiseWellbeingSignals(campaign, instrument, report, figures);
            }
        }
        campaign.reported();
        produced.fire(new ReportsProduced(campaignId, List.copyOf(reports)));
    }

    /**
     * A signal per rule of the instrument when the share of a released programme's respondents answering the item at
     * or above the rule's value reaches the rule's share; computed only where the item has at least the threshold of
     * answers, and carrying aggregates only.
     */
    private void raiseWellbeingSignals(
            Campaign campaign, Instrument instrument, ProgrammeReport report, CampaignStatistics figures) {
        for (Instrument.SignalRule rule : instrument.signalRules) {
            ItemShare counts = figures.shareAtOrAbove(report.programmeCode, rule.itemCode, rule.atOrAbove);
            long answered = counts.answered();
            if (answered < campaign.threshold) {
                continue;
            }
            BigDecimal share = BigDecimal.valueOf(counts.atOrAbove())
                    .divide(BigDecimal.valueOf(answered), 3, RoundingMode.HALF_UP);
            if (share.compareTo(rule.minShare) >= 0) {
                String description = "share of respondents answering %s at or above %d is at least %s"
                        .formatted(rule.itemCode, rule.atOrAbove, rule.minShare.toPlainString());
                outbox.record(
                        SurveyEvents.WELLBEING_SIGNAL_RAISED,
                        Subjects.programme(report.programmeCode),
                        new WellbeingSignalRaised(
                                campaign.id,
                                report.programmeCode,
                                report.institutionCode,
                                (int) answered,
                                rule.indicator,
                                share,
                                description));
            }
        }
    }

    /** The reports the caller may see; counts only where they read the figures. A read of others' counts is audited. */
    @Transactional
    public Page<ReportSummary> list(UUID campaignId, PageRequest page) {
        Campaign campaign = reportedCampaign(campaignId);
        InstrumentKind kind = campaign.instrument().kind;
        List<ProgrammeReport> listed =
                ProgrammeReport.<ProgrammeReport>list("campaignId = ?1 order by programmeCode", campaignId).stream()
                        .filter(r -> access.listed(campaign, r))
                        .toList();
        List<ReportSummary> visible = listed.stream()
                .map(r -> access.countsShown(campaign, kind, r)
                        ? new ReportSummary(
                                r.programmeCode,
                                r.institutionCode,
                                status(r),
                                r.invited,
                                r.lateInvitations,
                                r.respondents,
                                ReportBuilder.rate(r.respondents, r.invited))
                        : new ReportSummary(r.programmeCode, r.institutionCode, status(r), null, null, null, null))
                .toList();
        if (listed.stream().anyMatch(r -> access.countsShown(campaign, kind, r) && !access.owner(campaign, r))) {
            audit.record("list-reports", "campaign", campaign.id.toString());
        }
        int from = Math.min(page.offset(), visible.size());
        int to = Math.min(from + page.size, visible.size());
        return Page.of(visible.subList(from, to), page, visible.size());
    }

    @Transactional
    public ReportView read(UUID campaignId, String programmeCode) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        ReportAccess.Level level = access.figures(campaign, campaign.instrument().kind, report);
        auditNonOwner("read-report", campaign, report);
        return withEarlierYears(campaign, report, build(campaign, report, level));
    }

    /**
     * The open answers: for the COC and the education advisor every answer as given (flagged where it may identify
     * someone); for the programme side only once the COC has reviewed them, with the redactions applied (409 before).
     */
    @Transactional
    public Page<OpenAnswerView> openAnswers(UUID campaignId, String programmeCode, PageRequest page) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        ReportAccess.Level level = access.figures(campaign, campaign.instrument().kind, report);
        List<OpenAnswerView> answers =
                level == ReportAccess.Level.FULL ? openAnswers.asGiven(report) : openAnswers.reviewed(report);
        auditNonOwner("read-open-answers", campaign, report);
        int from = Math.min(page.offset(), answers.size());
        return Page.of(answers.subList(from, Math.min(from + page.size, answers.size())), page, answers.size());
    }

    /** The COC of the programme's institution reviews its open answers; the programme side reads them afterwards. */
    @Transactional
    public OpenAnswerReviewResult reviewOpenAnswers(
            UUID campaignId, String programmeCode, OpenAnswerReviewRequest request) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        if (!access.cocOf(report)) {
            access.figures(
                    campaign, campaign.instrument().kind, report); // 404 out of scope, 403 for a role without figures
            throw ProblemException.forbidden(
                    "Only the COC of %s reviews the open answers of %s", report.institutionCode, report.programmeCode);
        }
        return openAnswers.review(report, request);
    }

    /**
     * The report as CSV: one line per item (n, mean, standard deviation) and one per open answer, under the same rule
     * as the report and the open answers (the programme side gets open answers only once the COC reviewed them). Every
     * text cell is neutralised against spreadsheet formulas.
     */
    @Transactional
    public String exportCsv(UUID campaignId, String programmeCode) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        ReportAccess.Level level = access.figures(campaign, campaign.instrument().kind, report);
        auditNonOwner("export-report", campaign, report);
        ReportView view = build(campaign, report, level);
        List<List<Object>> rows = new ArrayList<>();
        view.items()
                .forEach(i -> rows.add(List.of(
                        text(view.programmeCode()),
                        text(i.domain()),
                        text(i.item()),
                        text(i.text()),
                        blank(i.n()),
                        blank(i.notApplicable()),
                        blank(i.mean()),
                        blank(i.standardDeviation()),
                        i.suppressed(),
                        "")));
        List<OpenAnswerView> answers = shownOpenAnswers(level, view, report);
        Map<String, InstrumentItem> items = new HashMap<>();
        InstrumentItem.of(campaign.instrumentId).forEach(i -> items.put(i.code, i));
        answers.forEach(a -> rows.add(List.of(
                text(view.programmeCode()),
                text(items.get(a.item()).domainCode),
                text(a.item()),
                text(items.get(a.item()).text),
                "",
                "",
                "",
                "",
                "",
                text(a.text()))));
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        try {
            return new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the report as CSV", e);
        }
    }

    /**
     * The report with its open answers for the PDF, under the same rule as the report and the CSV (the programme side
     * gets open answers only once the COC reviewed them, redacted).
     */
    @Transactional
    public ReportDocument document(UUID campaignId, String programmeCode) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        ReportAccess.Level level = access.figures(campaign, campaign.instrument().kind, report);
        auditNonOwner("export-report-pdf", campaign, report);
        ReportView view = withEarlierYears(campaign, report, build(campaign, report, level));
        Instrument instrument = campaign.instrument();
        Map<String, List<String>> byItem = new HashMap<>();
        shownOpenAnswers(level, view, report)
                .forEach(a -> byItem.computeIfAbsent(a.item(), item -> new ArrayList<>())
                        .add(a.text()));
        List<ReportDocument.OpenQuestion> questions = InstrumentItem.of(campaign.instrumentId).stream()
                .filter(i -> i.scale == Scale.OPEN_TEXT)
                .map(i -> new ReportDocument.OpenQuestion(
                        i.code,
                        i.domainCode,
                        instrument.domainName(i.domainCode),
                        i.text,
                        byItem.getOrDefault(i.code, List.of())))
                .toList();
        String notice = level != ReportAccess.Level.FULL && view.openAnswersReview() != OpenAnswersReview.REVIEWED
                ? "De open antwoorden worden getoond zodra de COC van " + report.institutionCode
                        + " ze heeft beoordeeld."
                : null;
        return new ReportDocument(view, questions, notice);
    }

    /**
     * The released summary for the programme's residents (no item figures, no open answers); for readers of the report
     * the same summary under the report's rule and audit.
     */
    @Transactional
    public SharedResults sharedResults(UUID campaignId, String programmeCode) {
        Campaign campaign = reportedCampaign(campaignId);
        ProgrammeReport report = report(campaign, programmeCode);
        if (access.residentOf(report)) {
            if (!report.released) {
                throw ProblemException.forbidden(
                        "No results: fewer than %d residents of %s responded, so the programme gets no figures",
                        campaign.threshold, report.programmeCode);
            }
            return SharedResults.of(
                    withEarlierYears(campaign, report, build(campaign, report, ReportAccess.Level.PROGRAMME_SIDE)));
        }
        ReportAccess.Level level = access.figures(campaign, campaign.instrument().kind, report);
        auditNonOwner("read-shared-results", campaign, report);
        return SharedResults.of(withEarlierYears(campaign, report, build(campaign, report, level)));
    }

    /**
     * The dashboards' year on year (COC, the region's education advisor, the programme side): per programme whose
     * figures the caller reads, the theme means of this campaign next to the earlier years of its chain, each at the
     * caller's level (a director: own programmes, released only, small cells left out). Optionally one institution's
     * programmes. A read of others' figures is audited.
     */
    @Transactional
    public Page<ProgrammeThemeScores> themeScores(UUID campaignId, String institutionCode, PageRequest page) {
        Campaign campaign = reportedCampaign(campaignId);
        Instrument instrument = campaign.instrument();
        List<ProgrammeReport> readable =
                ProgrammeReport.<ProgrammeReport>list("campaignId = ?1 order by programmeCode", campaignId).stream()
                        .filter(r -> institutionCode == null || institutionCode.equals(r.institutionCode))
                        .filter(r -> access.level(campaign, instrument.kind, r).isPresent())
                        .toList();
        int from = Math.min(page.offset(), readable.size());
        List<ProgrammeReport> shown = readable.subList(from, Math.min(from + page.size, readable.size()));
        List<ProgrammeReport> all = ProgrammeReport.list("campaignId", campaign.id);
        Map<ReportAccess.Level, CampaignStatistics> snapshots = new HashMap<>();
        EarlierYears.Lookup earlier = earlierYears.of(campaign, true);
        List<ProgrammeThemeScores> lines = new ArrayList<>();
        for (ProgrammeReport report : shown) {
            ReportAccess.Level level =
                    access.level(campaign, instrument.kind, report).orElseThrow();
            CampaignStatistics figures = snapshots.computeIfAbsent(
                    level, l -> statistics.wholeCampaign(campaign, instrument, all, l == ReportAccess.Level.FULL));
            ReportView view = EarlierYears.withEarlierYears(
                    builder.build(campaign, instrument, report, figures, OpenAnswersReview.AWAITING_COC_REVIEW),
                    earlier.scores(report.programmeCode, access::earlierYear));
            lines.add(new ProgrammeThemeScores(
                    report.programmeCode, report.institutionCode, status(report), report.respondents, view.domains()));
        }
        if (shown.stream().anyMatch(r -> !access.owner(campaign, r))) {
            audit.record("read-theme-scores", "campaign", campaign.id.toString());
        }
        return Page.of(lines, page, readable.size());
    }

    /** {@link #document} as a PDF. */
    @Transactional
    public byte[] pdf(UUID campaignId, String programmeCode) {
        return ReportPdf.write(document(campaignId, programmeCode));
    }

    /** {@link #institutionOverview} as a PDF. */
    @Transactional
    public byte[] institutionOverviewPdf(UUID campaignId, String institutionCode) {
        return InstitutionOverviewPdf.write(institutionOverview(campaignId, institutionCode));
    }

    /**
     * The COC's overview of its institution's programmes in a campaign (released and withheld, with every figure: the
     * COC reads them all). Audited: it shows figures of programmes the reader does not own.
     */
    @Transactional
    public InstitutionOverview institutionOverview(UUID campaignId, String institutionCode) {
        Campaign campaign = reportedCampaign(campaignId);
        access.requireCocOf(institutionCode);
        List<ProgrammeReport> reports = ProgrammeReport.list(
                "campaignId = ?1 and institutionCode = ?2 order by programmeCode", campaignId, institutionCode);
        if (reports.isEmpty()) {
            throw ProblemException.notFound("No programme of %s in campaign %s", institutionCode, campaignId);
        }
        audit.record("read-institution-overview", "campaign", campaign.id + "/" + institutionCode);
        Instrument instrument = campaign.instrument();
        // one snapshot of the whole campaign for all the institution's programmes, not one per programme
        CampaignStatistics figures =
                statistics.wholeCampaign(campaign, instrument, ProgrammeReport.list("campaignId", campaign.id), true);
        List<InstitutionOverview.ProgrammeLine> lines = new ArrayList<>();
        List<String> domainNames = null;
        EarlierYears.Lookup earlier = earlierYears.of(campaign, true);
        for (ProgrammeReport report : reports) {
            ReportView view = EarlierYears.withEarlierYears(
                    builder.build(campaign, instrument, report, figures, openAnswers.status(report)),
                    earlier.scores(report.programmeCode, access::earlierYear));
            if (domainNames == null) {
                domainNames = view.domains().stream()
                        .map(ReportView.DomainResult::name)
                        .toList();
            }
            lines.add(new InstitutionOverview.ProgrammeLine(
                    report.programmeCode,
                    view.status(),
                    report.invited,
                    report.respondents,
                    view.responseRate(),
                    view.domains().stream().map(ReportView.DomainResult::mean).toList(),
                    view.domains().stream()
                            .map(ReportView.DomainResult::earlierYears)
                            .toList()));
        }
        return new InstitutionOverview(
                campaign.name, institutionCode, campaign.regionCode, campaign.threshold, domainNames, lines);
    }

    /** The report with each theme's earlier-year scores that the caller may see (year on year). */
    private ReportView withEarlierYears(Campaign campaign, ProgrammeReport report, ReportView view) {
        return EarlierYears.withEarlierYears(
                view, earlierYears.of(campaign, false).scores(report.programmeCode, access::earlierYear));
    }

    private List<OpenAnswerView> shownOpenAnswers(ReportAccess.Level level, ReportView view, ProgrammeReport report) {
        if (level == ReportAccess.Level.FULL) {
            return openAnswers.asGiven(report);
        }
        return view.openAnswersReview() == OpenAnswersReview.REVIEWED ? openAnswers.reviewed(report) : List.of();
    }

    private ReportView build(Campaign campaign, ProgrammeReport report, ReportAccess.Level level) {
        Instrument instrument = campaign.instrument();
        boolean fullAccess = level == ReportAccess.Level.FULL;
        return builder.build(
                campaign,
                instrument,
                report,
                statistics.programme(campaign, instrument, report.programmeCode, fullAccess),
                openAnswers.status(report));
    }

    private static String text(String value) {
        return CsvCells.text(value);
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }

    /** Reads by anyone but the programme's own director and supervisors are audited (machine tokens included). */
    private void auditNonOwner(String action, Campaign campaign, ProgrammeReport report) {
        if (!access.owner(campaign, report)) {
            audit.record(action, "report", campaign.id + "/" + report.programmeCode);
        }
    }

    private Campaign reportedCampaign(UUID campaignId) {
        Campaign campaign = campaigns.visibleCampaign(campaignId);
        if (!campaign.hasReports()) {
            throw ProblemException.conflict(
                    "Campaign %s is %s; reports exist once it has closed", campaignId, campaign.state);
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
