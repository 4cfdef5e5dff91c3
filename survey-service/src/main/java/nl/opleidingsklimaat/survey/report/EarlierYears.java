package nl.opleidingsklimaat.survey.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.instrument.Instrument;

/**
 * Year on year: a programme's theme scores in the earlier campaigns of a campaign's chain (each made from the one before
 * with {@code POST /api/campaigns/{id}/successor}), at most {@link #MAX_YEARS} back. An earlier year counts only where
 * that year's report of the programme was released, and shows exactly what the caller reads in that report itself
 * (the level comes from {@link ReportAccess} for the earlier report: a director never sees a figure there that the
 * earlier report would not show them). Themes match by domain code across instrument versions; a theme new in a
 * version has no earlier score.
 */
@ApplicationScoped
public class EarlierYears {
    /** How many earlier campaigns a report looks back. */
    static final int MAX_YEARS = 5;

    @Inject
    ReportStatistics statistics;

    @Inject
    ReportBuilder builder;

    /** The caller's level for an earlier report of the programme; empty where the caller may not read it. */
    @FunctionalInterface
    public interface Readers extends BiFunction<Campaign, ProgrammeReport, Optional<ReportAccess.Level>> {}

    /**
     * The earlier campaigns of {@code campaign}'s chain that have reports, newest first; {@code wholeCampaign} loads
     * each earlier campaign's figures once for all programmes (overviews), otherwise per programme (one report).
     */
    public Lookup of(Campaign campaign, boolean wholeCampaign) {
        List<Campaign> earlier = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(List.of(campaign.id));
        UUID previous = campaign.previousCampaignId;
        while (previous != null && seen.add(previous) && earlier.size() < MAX_YEARS) {
            Campaign found = Campaign.findById(previous);
            if (found == null) {
                break;
            }
            if (found.hasReports()) {
                earlier.add(found);
            }
            previous = found.previousCampaignId;
        }
        return new Lookup(earlier, wholeCampaign);
    }

    /** The earlier years of one chain, with each earlier campaign's figures loaded at most once per level. */
    public final class Lookup {
        private final List<Campaign> earlier;
        private final boolean wholeCampaign;
        private final Map<String, CampaignStatistics> snapshots = new HashMap<>();

        private Lookup(List<Campaign> earlier, boolean wholeCampaign) {
            this.earlier = earlier;
            this.wholeCampaign = wholeCampaign;
        }

        /** Per domain code, the programme's earlier scores the caller may see, newest first. */
        public Map<String, List<EarlierYearScore>> scores(String programmeCode, Readers readers) {
            Map<String, List<EarlierYearScore>> scores = new LinkedHashMap<>();
            for (Campaign campaign : earlier) {
                ProgrammeReport report = ProgrammeReport.findById(new ProgrammeReport.Key(campaign.id, programmeCode));
                if (report == null || !report.released) {
                    continue;
                }
                Optional<ReportAccess.Level> level = readers.apply(campaign, report);
                if (level.isEmpty()) {
                    continue;
                }
                Instrument instrument = campaign.instrument();
                boolean full = level.get() == ReportAccess.Level.FULL;
                CampaignStatistics figures = wholeCampaign
                        ? snapshots.computeIfAbsent(
                                campaign.id + "/" + full,
                                key -> statistics.wholeCampaign(
                                        campaign, instrument, ProgrammeReport.list("campaignId", campaign.id), full))
                        : statistics.programme(campaign, instrument, programmeCode, full);
                ReportView view =
                        builder.build(campaign, instrument, report, figures, OpenAnswersReview.AWAITING_COC_REVIEW);
                for (ReportView.DomainResult domain : view.domains()) {
                    if (domain.mean() != null) {
                        scores.computeIfAbsent(domain.domain(), d -> new ArrayList<>())
                                .add(new EarlierYearScore(
                                        campaign.id,
                                        campaign.name,
                                        campaign.opensOn.getYear(),
                                        instrument.version,
                                        domain.mean(),
                                        domain.respondents(),
                                        domain.lowerIsBetter()));
                    }
                }
            }
            return scores;
        }
    }

    /** The report with each theme's earlier scores filled in. */
    static ReportView withEarlierYears(ReportView view, Map<String, List<EarlierYearScore>> scores) {
        List<ReportView.DomainResult> domains = view.domains().stream()
                .map(d -> d.withEarlierYears(scores.getOrDefault(d.domain(), List.of())))
                .toList();
        return view.withDomains(domains);
    }
}
