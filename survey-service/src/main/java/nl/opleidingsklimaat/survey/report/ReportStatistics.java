package nl.opleidingsklimaat.survey.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.instrument.InstrumentItem;

/**
 * The report's figures, computed in the database with aggregate SQL (no answer is loaded into Java). The figure
 * queries group by programme and read either a whole campaign or one programme of it ({@link Scope}), so producing all
 * reports of a campaign takes the same few queries as reading one report.
 *
 * <p>Domain means count only (programme, item) cells answered by at least {@code minCell} respondents, so a domain
 * mean never carries an item whose own statistics are suppressed, and comparison figures (institution, region) are
 * built from released programmes only: every group that a difference of two visible aggregates can isolate has at
 * least the threshold of respondents.
 */
@ApplicationScoped
public class ReportStatistics {
    /** Selects the responses of the scope; the programme parameter is empty for the whole campaign. */
    private static final String RESPONSES_IN_SCOPE =
            "r.campaign_id = :campaign AND (:programme = '' OR r.programme_code = :programme)";

    @Inject
    EntityManager entityManager;

    /** The responses a query reads: every programme of a campaign, or one. */
    record Scope(UUID campaignId, String programmeCode) {
        public static Scope wholeCampaign(UUID campaignId) {
            return new Scope(campaignId, "");
        }

        public static Scope programme(UUID campaignId, String programmeCode) {
            return new Scope(campaignId, programmeCode);
        }
    }

    /** The figures of every programme of the campaign, for producing all reports at closing (programme side). */
    public CampaignStatistics wholeCampaign(Campaign campaign, Instrument instrument, List<ProgrammeReport> reports) {
        return wholeCampaign(campaign, instrument, reports, false);
    }

    /**
     * The figures of every programme of the campaign in one pass; {@code fullAccess} counts every cell of each
     * programme (the COC's overview), the comparisons only cells of at least the threshold.
     */
    public CampaignStatistics wholeCampaign(
            Campaign campaign, Instrument instrument, List<ProgrammeReport> reports, boolean fullAccess) {
        Scope scope = Scope.wholeCampaign(campaign.id);
        Map<String, Map<String, DomainTotals>> comparison = domainTotals(scope, campaign.threshold);
        Map<String, Map<String, DomainTotals>> own = fullAccess ? domainTotals(scope, 1) : comparison;
        return new CampaignStatistics(
                campaign.threshold,
                fullAccess,
                InstrumentItem.of(instrument.id),
                reports,
                itemAggregates(scope),
                distributions(scope),
                openAnswerCounts(scope),
                own,
                comparison);
    }

    /** The figures of one programme with the institution and region to compare with; {@code fullAccess} counts every cell. */
    public CampaignStatistics programme(
            Campaign campaign, Instrument instrument, String programmeCode, boolean fullAccess) {
        Scope scope = Scope.programme(campaign.id, programmeCode);
        Map<String, Map<String, DomainTotals>> comparison =
                domainTotals(Scope.wholeCampaign(campaign.id), campaign.threshold);
        Map<String, Map<String, DomainTotals>> own = fullAccess ? domainTotals(scope, 1) : comparison;
        return new CampaignStatistics(
                campaign.threshold,
                fullAccess,
                InstrumentItem.of(instrument.id),
                ProgrammeReport.list("campaignId", campaign.id),
                itemAggregates(scope),
                distributions(scope),
                openAnswerCounts(scope),
                own,
                comparison);
    }

    /** Invited and responded per programme of the campaign. */
    public List<ProgrammeOutcome> outcomes(UUID campaignId) {
        List<?> rows =
                entityManager.createNativeQuery("""
                SELECT i.programme_code, min(i.institution_code), count(*),
                       (SELECT count(*) FROM response r WHERE r.campaign_id = i.campaign_id AND r.programme_code = i.programme_code),
                       count(*) FILTER (WHERE i.late)
                FROM invitation i WHERE i.campaign_id = ?1
                GROUP BY i.campaign_id, i.programme_code ORDER BY i.programme_code""").setParameter(1, campaignId).getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new ProgrammeOutcome(
                        (String) r[0],
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue()))
                .toList();
    }

    /** Per programme, per item code: answered, "niet van toepassing", mean and standard deviation. */
    Map<String, Map<String, ItemAggregate>> itemAggregates(Scope scope) {
        List<Object[]> rows = rows(scope, """
                SELECT r.programme_code, it.code,
                       count(a.numeric_value), count(*) FILTER (WHERE a.not_applicable),
                       round(avg(a.numeric_value), 2), round(stddev_samp(a.numeric_value), 2)
                FROM response r JOIN response_answer a ON a.response_id = r.id JOIN instrument_item it ON it.id = a.item_id
                WHERE %s
                GROUP BY r.programme_code, it.code""");
        Map<String, Map<String, ItemAggregate>> aggregates = new LinkedHashMap<>();
        rows.forEach(r -> aggregates
                .computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
                .put(
                        (String) r[1],
                        new ItemAggregate(
                                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), decimal(r[4]), decimal(r[5]))));
        return aggregates;
    }

    /** Answer distribution per programme and item: programme -> item code -> (value -> count), values ascending. */
    Map<String, Map<String, Map<Integer, Long>>> distributions(Scope scope) {
        List<Object[]> rows = rows(scope, """
                SELECT r.programme_code, it.code, a.numeric_value, count(*)
                FROM response r JOIN response_answer a ON a.response_id = r.id JOIN instrument_item it ON it.id = a.item_id
                WHERE %s AND a.numeric_value IS NOT NULL
                GROUP BY r.programme_code, it.code, a.numeric_value ORDER BY r.programme_code, it.code, a.numeric_value""");
        Map<String, Map<String, Map<Integer, Long>>> distributions = new LinkedHashMap<>();
        rows.forEach(r -> distributions
                .computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
                .computeIfAbsent((String) r[1], k -> new LinkedHashMap<>())
                .put(((Number) r[2]).intValue(), ((Number) r[3]).longValue()));
        return distributions;
    }

    /**
     * Domain totals (oriented: higher is better) per programme and domain, counting only the (programme, item) cells
     * of at least minCell answers.
     */
    Map<String, Map<String, DomainTotals>> domainTotals(Scope scope, int minCell) {
        List<Object[]> rows = rows(scope, """
                SELECT programme_code, domain_code, sum(oriented), count(*), count(DISTINCT response_id)
                FROM (SELECT r.programme_code, r.id AS response_id, it.domain_code,
                             CASE WHEN it.higher_is_better THEN a.numeric_value ELSE it.scale_min + it.scale_max - a.numeric_value END AS oriented,
                             count(*) OVER (PARTITION BY r.programme_code, a.item_id) AS cell
                      FROM response r JOIN response_answer a ON a.response_id = r.id JOIN instrument_item it ON it.id = a.item_id
                      WHERE %s AND a.numeric_value IS NOT NULL AND it.scale IN ('LIKERT_5', 'FREQUENCY_5')) answer
                WHERE cell >= :minCell
                GROUP BY programme_code, domain_code""", Map.of("minCell", minCell));
        Map<String, Map<String, DomainTotals>> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
                .put(
                        (String) r[1],
                        new DomainTotals(
                                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).intValue())));
        return totals;
    }

    /** Open answers given per programme. */
    Map<String, Long> openAnswerCounts(Scope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows(scope, """
                SELECT r.programme_code, count(*) FROM response r JOIN response_answer a ON a.response_id = r.id
                WHERE %s AND a.text_value IS NOT NULL
                GROUP BY r.programme_code""").forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    public long openAnswerCount(UUID campaignId, String programmeCode) {
        return openAnswerCounts(Scope.programme(campaignId, programmeCode)).getOrDefault(programmeCode, 0L);
    }

    /** A programme's open answers sorted by item and text, so their order says nothing about who wrote them or when. */
    public List<OpenAnswer> openAnswers(UUID campaignId, String programmeCode) {
        List<?> rows = entityManager
                .createNativeQuery("""
                SELECT md5(a.response_id::text || '/' || a.item_id::text)::uuid, it.code, it.domain_code, it.position, a.text_value
                FROM response_answer a JOIN response r ON r.id = a.response_id JOIN instrument_item it ON it.id = a.item_id
                WHERE r.campaign_id = ?1 AND r.programme_code = ?2 AND a.text_value IS NOT NULL
                ORDER BY it.position, a.text_value""")
                .setParameter(1, campaignId)
                .setParameter(2, programmeCode)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new OpenAnswer(
                        (UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (String) r[4]))
                .toList();
    }

    private List<Object[]> rows(Scope scope, String sql) {
        return rows(scope, sql, Map.of());
    }

    private List<Object[]> rows(Scope scope, String sql, Map<String, Object> parameters) {
        Query query = entityManager
                .createNativeQuery(sql.formatted(RESPONSES_IN_SCOPE))
                .setParameter("campaign", scope.campaignId())
                .setParameter("programme", scope.programmeCode());
        parameters.forEach(query::setParameter);
        return ((List<?>) query.getResultList())
                .stream().map(Object[].class::cast).toList();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
