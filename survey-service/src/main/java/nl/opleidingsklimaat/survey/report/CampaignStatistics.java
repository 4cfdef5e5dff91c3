package nl.opleidingsklimaat.survey.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.survey.instrument.InstrumentItem;
import nl.opleidingsklimaat.survey.instrument.Scale;

/**
 * A snapshot of the figures of a campaign's reports, loaded by {@link ReportStatistics} with a fixed number of
 * queries (for the whole campaign or for one programme); {@link ReportBuilder} puts reports together from it in memory.
 * The institution and region comparisons are computed here once, from released programmes only.
 */
public final class CampaignStatistics {
    private final boolean fullAccess;
    private final List<InstrumentItem> reportedItems;
    private final List<String> scoredDomains;
    private final Set<String> reversedDomains;
    private final Map<String, Map<String, ItemAggregate>> items;
    private final Map<String, Map<String, Map<Integer, Long>>> distributions;
    private final Map<String, Long> openAnswers;
    private final Map<String, Map<String, DomainTotals>> ownDomains;
    private final Map<String, Map<String, DomainStatistic>> institutionDomains = new LinkedHashMap<>();
    private final Map<String, DomainStatistic> regionDomains;

    /**
     * @param ownDomains per programme, the domain totals over cells of at least the threshold (programme side) or of
     *        at least one answer ({@code fullAccess})
     * @param comparisonDomains per programme, the domain totals over cells of at least the threshold
     */
    CampaignStatistics(
            int threshold,
            boolean fullAccess,
            List<InstrumentItem> instrumentItems,
            List<ProgrammeReport> reports,
            Map<String, Map<String, ItemAggregate>> items,
            Map<String, Map<String, Map<Integer, Long>>> distributions,
            Map<String, Long> openAnswers,
            Map<String, Map<String, DomainTotals>> ownDomains,
            Map<String, Map<String, DomainTotals>> comparisonDomains) {
        this.fullAccess = fullAccess;
        this.reportedItems =
                instrumentItems.stream().filter(i -> i.scale != Scale.OPEN_TEXT).toList();
        this.scoredDomains = instrumentItems.stream()
                .filter(i -> i.scale.scored())
                .map(i -> i.domainCode)
                .distinct()
                .toList();
        this.reversedDomains = scoredDomains.stream()
                .filter(domain -> instrumentItems.stream()
                        .filter(i -> i.scale.scored() && i.domainCode.equals(domain))
                        .noneMatch(i -> i.higherIsBetter))
                .collect(Collectors.toSet());
        this.items = items;
        this.distributions = distributions;
        this.openAnswers = openAnswers;
        this.ownDomains = ownDomains;
        List<ProgrammeReport> released =
                reports.stream().filter(r -> r.released).toList();
        this.regionDomains = combine(comparisonDomains, released, r -> true);
        released.stream()
                .map(r -> r.institutionCode)
                .distinct()
                .forEach(institution -> institutionDomains.put(
                        institution, combine(comparisonDomains, released, r -> r.institutionCode.equals(institution))));
    }

    /** Whether every figure counts (COC, education advisor), or cells under the threshold are left out (programme side, events). */
    public boolean fullAccess() {
        return fullAccess;
    }

    /** The domains with scored items (yes/no and open items count in no domain mean). */
    /**
     * Domains whose scored items are all reversed (lower is better, such as "Gedachten aan stoppen"): their means are
     * reported on the items' answer scale, like the items, not turned round.
     */
    public boolean reversedDomain(String domainCode) {
        return reversedDomains.contains(domainCode);
    }

    public List<String> scoredDomains() {
        return scoredDomains;
    }

    /** The programme's statistics per reported (not open) item, in the instrument's order. */
    public List<ItemStatistic> items(String programmeCode) {
        Map<String, ItemAggregate> own = items.getOrDefault(programmeCode, Map.of());
        return reportedItems.stream()
                .map(item -> {
                    ItemAggregate figures = own.getOrDefault(item.code, ItemAggregate.NONE);
                    return new ItemStatistic(
                            item.code,
                            item.domainCode,
                            item.text,
                            item.scale.name(),
                            item.higherIsBetter,
                            item.scaleMin,
                            item.scaleMax,
                            figures.n(),
                            figures.notApplicable(),
                            figures.mean(),
                            figures.standardDeviation());
                })
                .toList();
    }

    /** Answer distribution per item: item code -> (value -> count). */
    public Map<String, Map<Integer, Long>> distributions(String programmeCode) {
        return distributions.getOrDefault(programmeCode, Map.of());
    }

    public ItemShare shareAtOrAbove(String programmeCode, String itemCode, int atOrAbove) {
        Map<Integer, Long> distribution = distributions(programmeCode).getOrDefault(itemCode, Map.of());
        return new ItemShare(
                distribution.values().stream().mapToLong(Long::longValue).sum(),
                distribution.entrySet().stream()
                        .filter(e -> e.getKey() >= atOrAbove)
                        .mapToLong(Map.Entry::getValue)
                        .sum());
    }

    public long openAnswerCount(String programmeCode) {
        return openAnswers.getOrDefault(programmeCode, 0L);
    }

    public Map<String, DomainStatistic> domains(String programmeCode) {
        Map<String, DomainStatistic> domains = new LinkedHashMap<>();
        ownDomains
                .getOrDefault(programmeCode, Map.of())
                .forEach((domain, totals) -> domains.put(domain, statistic(domain, totals)));
        return domains;
    }

    public Map<String, DomainStatistic> institutionDomains(String institutionCode) {
        return institutionDomains.getOrDefault(institutionCode, Map.of());
    }

    public Map<String, DomainStatistic> regionDomains() {
        return regionDomains;
    }

    private static Map<String, DomainStatistic> combine(
            Map<String, Map<String, DomainTotals>> perProgramme,
            List<ProgrammeReport> released,
            Predicate<ProgrammeReport> counted) {
        Map<String, DomainTotals> sums = new LinkedHashMap<>();
        released.stream()
                .filter(counted)
                .forEach(r -> perProgramme
                        .getOrDefault(r.programmeCode, Map.of())
                        .forEach((domain, totals) -> sums.merge(domain, totals, DomainTotals::plus)));
        Map<String, DomainStatistic> domains = new LinkedHashMap<>();
        sums.forEach((domain, totals) -> domains.put(domain, statistic(domain, totals)));
        return domains;
    }

    private static DomainStatistic statistic(String domain, DomainTotals totals) {
        return new DomainStatistic(domain, totals.mean(), totals.respondents());
    }
}
