package nl.opleidingsklimaat.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignState;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.instrument.InstrumentItem;
import nl.opleidingsklimaat.survey.instrument.Scale;
import nl.opleidingsklimaat.survey.report.ReportView.DomainResult;
import nl.opleidingsklimaat.survey.report.ReportView.ItemResult;
import org.junit.jupiter.api.Test;

/**
 * The release rule and small-cell suppression of {@link ReportBuilder} and {@link CampaignStatistics}, from figures
 * given in memory (the aggregate SQL of {@link ReportStatistics} is tested over HTTP): no Quarkus, no database.
 *
 * <p>Region OOR-LEIDEN: institution LUMC with programmes INT (4 respondents, released) and KNO (3, withheld);
 * institution HAGA with programme CHI (5, released). In INT item BS-02 was answered by 3 (one "niet van toepassing").
 */
class ReportSuppressionTest {
    private final Campaign campaign = campaign();
    private final Instrument instrument = instrument();
    private final List<InstrumentItem> items = List.of(
            item("BS-01", "BS", Scale.LIKERT_5),
            item("BS-02", "BS", Scale.LIKERT_5),
            item("OPEN-STERK", "OPEN", Scale.OPEN_TEXT));
    private final ProgrammeReport inti = report("LUMC-INT", "LUMC", 5, 4);
    private final ProgrammeReport kno = report("LUMC-KNO", "LUMC", 6, 3);
    private final ProgrammeReport chi = report("HAGA-CHI", "HAGA", 5, 5);
    private final List<ProgrammeReport> reports = List.of(inti, kno, chi);
    private final Map<String, Map<String, ItemAggregate>> aggregates = Map.of(
            "LUMC-INT",
            Map.of(
                    "BS-01", new ItemAggregate(4, 0, new BigDecimal("4.00"), new BigDecimal("0.82")),
                    "BS-02", new ItemAggregate(3, 1, new BigDecimal("2.00"), new BigDecimal("1.00"))));
    private final Map<String, Map<String, Map<Integer, Long>>> distributions =
            Map.of("LUMC-INT", Map.of("BS-01", Map.of(3, 1L, 4, 2L, 5, 1L), "BS-02", Map.of(1, 1L, 2, 1L, 3, 1L)));
    /** Domain totals over cells of at least the threshold: INT's BS-02 cell (3 answers) is left out. */
    private final Map<String, Map<String, DomainTotals>> comparison = Map.of(
            "LUMC-INT", Map.of("BS", new DomainTotals(16, 4, 4)),
            "LUMC-KNO", Map.of("BS", new DomainTotals(9, 3, 3)),
            "HAGA-CHI", Map.of("BS", new DomainTotals(15, 5, 5)));
    /** For full access every cell counts: INT's BS domain with BS-02 as well. */
    private final Map<String, Map<String, DomainTotals>> everyCell =
            Map.of("LUMC-INT", Map.of("BS", new DomainTotals(22, 7, 4)));

    private final ReportBuilder builder = new ReportBuilder();

    @Test
    void aProgrammeWithThreeRespondentsIsWithheldAndOneWithFourReleased() {
        assertThat(campaign.releases(3)).isFalse();
        assertThat(campaign.releases(4)).isTrue();
        assertThat(kno.released).isFalse();
        assertThat(inti.released).isTrue();
    }

    @Test
    void aWithheldReportSaysWhyAndWhoSeesItsFigures() {
        ReportView view = build(kno, false);

        assertThat(view.status()).isEqualTo(ReportStatus.WITHHELD);
        assertThat(view.notice()).contains("minder dan 4 respondenten").contains("COC");
        assertThat(build(inti, false).status()).isEqualTo(ReportStatus.RELEASED);
        assertThat(build(inti, false).notice()).isNull();
    }

    @Test
    void theProgrammeSideSeesNoFiguresOfAnItemAnsweredByFewerThanTheThreshold() {
        ItemResult hidden = item(build(inti, false), "BS-02");

        assertThat(hidden.suppressed()).isTrue();
        assertThat(hidden.n()).isNull();
        assertThat(hidden.notApplicable()).isNull();
        assertThat(hidden.mean()).isNull();
        assertThat(hidden.standardDeviation()).isNull();
        assertThat(hidden.distribution()).isNull();
    }

    @Test
    void anItemAnsweredByTheThresholdShowsItsFigures() {
        ItemResult shown = item(build(inti, false), "BS-01");

        assertThat(shown.suppressed()).isFalse();
        assertThat(shown.n()).isEqualTo(4);
        assertThat(shown.mean()).isEqualByComparingTo("4.00");
        assertThat(shown.distribution()).containsEntry(4, 2L);
    }

    @Test
    void fullAccessSeesEveryItemAndEveryCell() {
        ReportView view = build(inti, true);

        assertThat(item(view, "BS-02").suppressed()).isFalse();
        assertThat(item(view, "BS-02").n()).isEqualTo(3);
        assertThat(domain(view).mean()).isEqualByComparingTo("3.14");
    }

    @Test
    void aSuppressedItemIsNeitherAStrengthNorAnAttentionPoint() {
        ReportView view = build(inti, false);

        assertThat(view.strengths()).noneMatch(s -> s.contains("BS-02"));
        assertThat(view.attentionPoints()).noneMatch(s -> s.contains("BS-02"));
        assertThat(build(inti, true).attentionPoints()).anyMatch(s -> s.contains("BS-02"));
    }

    @Test
    void theDomainMeanLeavesOutCellsBelowTheThresholdSoNoHiddenItemCanBeSolvedFor() {
        DomainResult bs = domain(build(inti, false));

        assertThat(bs.mean())
                .isEqualByComparingTo(item(build(inti, false), "BS-01").mean());
        assertThat(bs.respondents()).isEqualTo(4);
    }

    @Test
    void institutionAndRegionFiguresComeFromReleasedProgrammesOnly() {
        DomainResult bs = domain(build(inti, false));

        assertThat(bs.institutionRespondents()).isEqualTo(4);
        assertThat(bs.institutionMean()).isEqualByComparingTo("4.00");
        assertThat(bs.regionRespondents()).isEqualTo(9);
        assertThat(bs.regionMean()).isEqualByComparingTo("3.44");
    }

    @Test
    void noDifferenceOfTwoVisibleAggregatesIsolatesAGroupBelowTheThreshold() {
        DomainResult bs = domain(build(inti, false));

        assertThat(bs.institutionRespondents() - bs.respondents()).isZero();
        assertThat(bs.regionRespondents() - bs.institutionRespondents()).isGreaterThanOrEqualTo(campaign.threshold);
        assertThat(bs.regionRespondents() - bs.respondents()).isGreaterThanOrEqualTo(campaign.threshold);
    }

    @Test
    void aWithheldProgrammeWeighsInNowhere() {
        CampaignStatistics statistics = statistics(false);

        assertThat(statistics.institutionDomains("LUMC").get("BS").respondents())
                .isEqualTo(4);
        assertThat(statistics.regionDomains().get("BS").respondents()).isEqualTo(9);
    }

    @Test
    void theResponseRateIsRoundedToThreeDecimals() {
        assertThat(ReportBuilder.rate(4, 6)).isEqualByComparingTo("0.667");
        assertThat(ReportBuilder.rate(0, 0)).isEqualByComparingTo("0.000");
    }

    private ReportView build(ProgrammeReport report, boolean fullAccess) {
        return builder.build(
                campaign, instrument, report, statistics(fullAccess), OpenAnswersReview.AWAITING_COC_REVIEW);
    }

    private CampaignStatistics statistics(boolean fullAccess) {
        return new CampaignStatistics(
                campaign.threshold,
                fullAccess,
                items,
                reports,
                aggregates,
                distributions,
                Map.of(),
                fullAccess ? everyCell : comparison,
                comparison);
    }

    private static ItemResult item(ReportView view, String code) {
        return view.items().stream()
                .filter(i -> i.item().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static DomainResult domain(ReportView view) {
        return view.domains().stream()
                .filter(d -> d.domain().equals("BS"))
                .findFirst()
                .orElseThrow();
    }

    private ProgrammeReport report(String programme, String institution, int invited, int respondents) {
        ProgrammeReport report = new ProgrammeReport();
        report.campaignId = campaign.id;
        report.programmeCode = programme;
        report.institutionCode = institution;
        report.invited = invited;
        report.respondents = respondents;
        report.released = campaign.releases(respondents);
        return report;
    }

    private static Campaign campaign() {
        LocalDate day = LocalDate.of(2027, 6, 1);
        Campaign campaign = Campaign.draft(
                "Opleidingsmonitor 2027", UUID.randomUUID(), "OOR-LEIDEN", day, day.plusDays(29), 4, List.of());
        campaign.state = CampaignState.REPORTED;
        return campaign;
    }

    private static Instrument instrument() {
        Instrument instrument = new Instrument();
        instrument.id = UUID.randomUUID();
        instrument.code = "opleidingsmonitor";
        instrument.version = "2026.1";
        instrument.strengthAtLeast = new BigDecimal("4.00");
        instrument.attentionBelow = new BigDecimal("3.00");
        instrument.regionGap = new BigDecimal("0.50");
        Instrument.Domain bs = new Instrument.Domain();
        bs.code = "BS";
        bs.name = "Begeleiding en supervisie";
        Instrument.Domain open = new Instrument.Domain();
        open.code = "OPEN";
        open.name = "Open vragen";
        instrument.domains.addAll(List.of(bs, open));
        return instrument;
    }

    private static InstrumentItem item(String code, String domain, Scale scale) {
        InstrumentItem item = new InstrumentItem();
        item.code = code;
        item.domainCode = domain;
        item.text = code;
        item.scale = scale;
        item.scaleMin = scale.scored() ? 1 : null;
        item.scaleMax = scale.scored() ? 5 : null;
        item.higherIsBetter = true;
        return item;
    }
}
