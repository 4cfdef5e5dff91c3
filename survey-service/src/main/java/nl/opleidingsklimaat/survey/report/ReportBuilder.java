package nl.opleidingsklimaat.survey.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.instrument.Scale;
import nl.opleidingsklimaat.survey.report.ReportView.DomainResult;
import nl.opleidingsklimaat.survey.report.ReportView.ItemResult;

/**
 * Puts a programme's report together from a {@link CampaignStatistics} snapshot. Full access (COC, education advisor,
 * system) shows every figure; otherwise (the programme side, and the events) items and domain cells under the threshold
 * are suppressed.
 */
@ApplicationScoped
public class ReportBuilder {
    /** Builds the report from the statistics snapshot, in memory; figures are suppressed unless the snapshot is for full access. */
    public ReportView build(
            Campaign campaign,
            Instrument instrument,
            ProgrammeReport report,
            CampaignStatistics statistics,
            OpenAnswersReview openAnswersReview) {
        boolean fullAccess = statistics.fullAccess();
        Map<String, DomainStatistic> own = statistics.domains(report.programmeCode);
        Map<String, DomainStatistic> institution = statistics.institutionDomains(report.institutionCode);
        Map<String, DomainStatistic> region = statistics.regionDomains();

        List<DomainResult> domains = new ArrayList<>();
        List<String> strengths = new ArrayList<>();
        List<String> attention = new ArrayList<>();
        for (Instrument.Domain domain : instrument.domains) {
            if (!statistics.scoredDomains().contains(domain.code)) {
                continue;
            }
            DomainStatistic mine = own.get(domain.code);
            DomainStatistic inst = institution.get(domain.code);
            DomainStatistic reg = region.get(domain.code);
            domains.add(new DomainResult(
                    domain.code,
                    domain.name,
                    mine == null ? null : mine.mean(),
                    mine == null ? null : mine.respondents(),
                    inst == null ? null : inst.mean(),
                    inst == null ? null : inst.respondents(),
                    reg == null ? null : reg.mean(),
                    reg == null ? null : reg.respondents()));
            if (mine != null) {
                classify(
                        instrument,
                        "Domein " + domain.name,
                        mine.mean(),
                        reg == null ? null : reg.mean(),
                        strengths,
                        attention);
            }
        }

        Map<String, Map<Integer, Long>> distributions = statistics.distributions(report.programmeCode);
        List<ItemResult> items = new ArrayList<>();
        for (ItemStatistic item : statistics.items(report.programmeCode)) {
            boolean suppressed = !fullAccess && item.n() < campaign.threshold;
            if (suppressed) {
                items.add(new ItemResult(
                        item.code(),
                        item.domain(),
                        item.text(),
                        item.scale(),
                        item.higherIsBetter(),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null));
                continue;
            }
            items.add(new ItemResult(
                    item.code(),
                    item.domain(),
                    item.text(),
                    item.scale(),
                    item.higherIsBetter(),
                    false,
                    item.n(),
                    item.notApplicable(),
                    item.mean(),
                    item.standardDeviation(),
                    distributions.getOrDefault(item.code(), Map.of())));
            if (item.n() > 0 && Scale.valueOf(item.scale()).scored()) {
                classify(
                        instrument,
                        "Item " + item.code() + " '" + item.text() + "'",
                        item.orientedMean(),
                        null,
                        strengths,
                        attention);
            }
        }
        boolean released = report.released;
        return new ReportView(
                campaign.id,
                campaign.name,
                instrument.code,
                instrument.version,
                report.programmeCode,
                report.institutionCode,
                campaign.regionCode,
                released ? ReportStatus.RELEASED : ReportStatus.WITHHELD,
                campaign.threshold,
                report.invited,
                report.lateInvitations,
                report.respondents,
                rate(report.respondents, report.invited),
                domains,
                strengths,
                attention,
                items,
                statistics.openAnswerCount(report.programmeCode),
                openAnswersReview,
                released
                        ? null
                        : "Geen rapportage voor de opleiding: minder dan %d respondenten. Alleen de COC en de onderwijskundig adviseur zien deze cijfers."
                                .formatted(campaign.threshold));
    }

    /** The instrument's rules: high or low in itself, or clearly above or below the region. */
    private static void classify(
            Instrument instrument,
            String label,
            BigDecimal mean,
            BigDecimal regionMean,
            List<String> strengths,
            List<String> attention) {
        String describe = "%s: gemiddeld %s%s"
                .formatted(
                        label,
                        mean.toPlainString(),
                        regionMean == null ? "" : " (regio " + regionMean.toPlainString() + ")");
        boolean aboveRegion = regionMean != null && mean.subtract(regionMean).compareTo(instrument.regionGap) >= 0;
        boolean belowRegion = regionMean != null && regionMean.subtract(mean).compareTo(instrument.regionGap) >= 0;
        if (mean.compareTo(instrument.strengthAtLeast) >= 0 || aboveRegion) {
            strengths.add(describe);
        } else if (mean.compareTo(instrument.attentionBelow) < 0 || belowRegion) {
            attention.add(describe);
        }
    }

    public static BigDecimal rate(int respondents, int invited) {
        return invited == 0
                ? BigDecimal.ZERO.setScale(3)
                : BigDecimal.valueOf(respondents).divide(BigDecimal.valueOf(invited), 3, RoundingMode.HALF_UP);
    }
}
