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
    /** The one convention for reading means, stated in every report (JSON, CSV header note, PDF). */
    public static final String SCORING =
            "Itemgemiddelden staan op de antwoordschaal van het item (1-5); bij een omgekeerd gescoord item, zoals"
                    + " ongewenst gedrag, is lager beter. Themagemiddelden tellen omgekeerde items als 6 min het"
                    + " antwoord, zodat hoger beter is; een thema met alleen omgekeerde items staat op de"
                    + " antwoordschaal (lager is beter).";

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
            boolean reversed = statistics.reversedDomain(domain.code);
            DomainStatistic oriented = own.get(domain.code);
            DomainStatistic orientedRegion = region.get(domain.code);
            DomainStatistic mine = shown(oriented, reversed);
            DomainStatistic inst = shown(institution.get(domain.code), reversed);
            DomainStatistic reg = shown(orientedRegion, reversed);
            domains.add(new DomainResult(
                    domain.code,
                    domain.name,
                    reversed,
                    mine == null ? null : mine.mean(),
                    mine == null ? null : mine.respondents(),
                    inst == null ? null : inst.mean(),
                    inst == null ? null : inst.respondents(),
                    reg == null ? null : reg.mean(),
                    reg == null ? null : reg.respondents(),
                    List.of()));
            if (mine != null) {
                classify(
                        instrument,
                        "Domein " + domain.name,
                        oriented.mean(),
                        orientedRegion == null ? null : orientedRegion.mean(),
                        reversed ? mine.mean() : null,
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
                        item.higherIsBetter() ? null : item.mean(),
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
                                .formatted(campaign.threshold),
                SCORING);
    }

    /**
     * The instrument's rules, on the oriented mean (higher is better): high or low in itself, or clearly above or below
     * the region. The text gives the mean the report shows: for a reversed item or domain ({@code answerScaleMean}) the
     * mean on its answer scale, said to be reversed, so that the text, the item table and a plan action seeded from it
     * name the same figure.
     */
    private static void classify(
            Instrument instrument,
            String label,
            BigDecimal mean,
            BigDecimal regionMean,
            BigDecimal answerScaleMean,
            List<String> strengths,
            List<String> attention) {
        String describe = answerScaleMean == null
                ? "%s: gemiddeld %s%s"
                        .formatted(
                                label,
                                mean.toPlainString(),
                                regionMean == null ? "" : " (regio " + regionMean.toPlainString() + ")")
                : "%s: gemiddeld %s (omgekeerd gescoord: lager is beter)"
                        .formatted(label, answerScaleMean.toPlainString());
        boolean aboveRegion = regionMean != null && mean.subtract(regionMean).compareTo(instrument.regionGap) >= 0;
        boolean belowRegion = regionMean != null && regionMean.subtract(mean).compareTo(instrument.regionGap) >= 0;
        if (mean.compareTo(instrument.strengthAtLeast) >= 0 || aboveRegion) {
            strengths.add(describe);
        } else if (mean.compareTo(instrument.attentionBelow) < 0 || belowRegion) {
            attention.add(describe);
        }
    }

    private static DomainStatistic shown(DomainStatistic statistic, boolean reversed) {
        return statistic == null || !reversed ? statistic : statistic.onAnswerScale();
    }

    public static BigDecimal rate(int respondents, int invited) {
        return invited == 0
                ? BigDecimal.ZERO.setScale(3)
                : BigDecimal.valueOf(respondents).divide(BigDecimal.valueOf(invited), 3, RoundingMode.HALF_UP);
    }
}
