package nl.opleidingsklimaat.survey.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The report's figures, computed in the database with aggregate SQL (no answer is loaded into Java).
 *
 * <p>Domain means count only (programme, item) cells answered by at least {@code minCell} respondents, so a domain
 * mean never carries an item whose own statistics are suppressed, and comparison figures (institution, region) are
 * built from released programmes only: every group that a difference of two visible aggregates can isolate has at
 * least the threshold of respondents.
 */
@ApplicationScoped
public class ReportStatistics {
    @Inject
    EntityManager entityManager;

    public record ItemStatistic(String code, String domain, String text, String scale, boolean higherIsBetter, int scaleMin, int scaleMax,
            int n, int notApplicable, BigDecimal mean, BigDecimal standardDeviation) {

        /** The mean turned so that higher is better (for strengths and attention points). */
        public BigDecimal orientedMean() {
            return higherIsBetter || mean == null ? mean : BigDecimal.valueOf(scaleMin + scaleMax).subtract(mean);
        }
    }

    public record DomainStatistic(String domain, BigDecimal mean, int respondents) {
    }

    public record OpenAnswer(String item, String text) {
    }

    public record Outcome(String programmeCode, String institutionCode, int invited, int respondents) {
    }

    /** Invited and responded per programme of the campaign. */
    public List<Outcome> outcomes(UUID campaignId) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT i.programme_code, min(i.institution_code), count(*),
                       (SELECT count(*) FROM response r WHERE r.campaign_id = i.campaign_id AND r.programme_code = i.programme_code)
                FROM invitation i WHERE i.campaign_id = ?1
                GROUP BY i.campaign_id, i.programme_code ORDER BY i.programme_code""").setParameter(1, campaignId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Outcome((String) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }

    public List<ItemStatistic> items(UUID campaignId, UUID instrumentId, String programmeCode) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT it.code, it.domain_code, it.text, it.scale, it.higher_is_better, it.scale_min, it.scale_max,
                       count(a.numeric_value), count(a.item_id) FILTER (WHERE a.not_applicable),
                       round(avg(a.numeric_value), 2), round(stddev_samp(a.numeric_value), 2)
                FROM instrument_item it
                LEFT JOIN (response_answer a JOIN response r ON r.id = a.response_id AND r.campaign_id = ?1 AND r.programme_code = ?2)
                       ON a.item_id = it.id
                WHERE it.instrument_id = ?3 AND it.scale <> 'OPEN_TEXT'
                GROUP BY it.id ORDER BY it.position""")
                .setParameter(1, campaignId).setParameter(2, programmeCode).setParameter(3, instrumentId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new ItemStatistic((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4],
                        ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                        decimal(r[9]), decimal(r[10])))
                .toList();
    }

    /** Answer distribution per item: item code -> (value -> count). */
    public Map<String, Map<Integer, Long>> distributions(UUID campaignId, String programmeCode) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT it.code, a.numeric_value, count(*)
                FROM response_answer a JOIN response r ON r.id = a.response_id JOIN instrument_item it ON it.id = a.item_id
                WHERE r.campaign_id = ?1 AND r.programme_code = ?2 AND a.numeric_value IS NOT NULL
                GROUP BY it.code, a.numeric_value ORDER BY it.code, a.numeric_value""")
                .setParameter(1, campaignId).setParameter(2, programmeCode).getResultList();
        Map<String, Map<Integer, Long>> distributions = new LinkedHashMap<>();
        rows.stream().map(Object[].class::cast).forEach(r -> distributions.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
                .put(((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
        return distributions;
    }

    /** Domain means (oriented: higher is better) over the programmes, counting only cells of at least minCell answers. */
    public Map<String, DomainStatistic> domains(UUID campaignId, Collection<String> programmes, int minCell) {
        Map<String, DomainStatistic> domains = new LinkedHashMap<>();
        if (programmes.isEmpty()) {
            return domains;
        }
        List<?> rows = entityManager.createNativeQuery("""
                WITH cell AS (
                    SELECT r.programme_code, a.item_id
                    FROM response r JOIN response_answer a ON a.response_id = r.id
                    WHERE r.campaign_id = ?1 AND r.programme_code IN (?2) AND a.numeric_value IS NOT NULL
                    GROUP BY r.programme_code, a.item_id HAVING count(*) >= ?3)
                SELECT it.domain_code,
                       round(avg(CASE WHEN it.higher_is_better THEN a.numeric_value ELSE it.scale_min + it.scale_max - a.numeric_value END), 2),
                       count(DISTINCT r.id)
                FROM response r
                JOIN response_answer a ON a.response_id = r.id
                JOIN cell c ON c.programme_code = r.programme_code AND c.item_id = a.item_id
                JOIN instrument_item it ON it.id = a.item_id
                WHERE r.campaign_id = ?1 AND a.numeric_value IS NOT NULL AND it.scale IN ('LIKERT_5', 'FREQUENCY_5')
                GROUP BY it.domain_code""")
                .setParameter(1, campaignId).setParameter(2, programmes).setParameter(3, minCell).getResultList();
        rows.stream().map(Object[].class::cast).forEach(r -> domains.put((String) r[0],
                new DomainStatistic((String) r[0], decimal(r[1]), ((Number) r[2]).intValue())));
        return domains;
    }

    public long openAnswerCount(UUID campaignId, String programmeCode) {
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id
                WHERE r.campaign_id = ?1 AND r.programme_code = ?2 AND a.text_value IS NOT NULL""")
                .setParameter(1, campaignId).setParameter(2, programmeCode).getSingleResult()).longValue();
    }

    /** Open answers sorted by item and text, so their order says nothing about who wrote them or when. */
    public List<OpenAnswer> openAnswers(UUID campaignId, String programmeCode, int offset, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT it.code, a.text_value
                FROM response_answer a JOIN response r ON r.id = a.response_id JOIN instrument_item it ON it.id = a.item_id
                WHERE r.campaign_id = ?1 AND r.programme_code = ?2 AND a.text_value IS NOT NULL
                ORDER BY it.position, a.text_value OFFSET ?3 LIMIT ?4""")
                .setParameter(1, campaignId).setParameter(2, programmeCode).setParameter(3, offset).setParameter(4, limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new OpenAnswer((String) r[0], (String) r[1])).toList();
    }

    /** How many answered the item, and how many of them at or above the value. */
    public long[] shareAtOrAbove(UUID campaignId, String programmeCode, UUID instrumentId, String itemCode, int atOrAbove) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(a.numeric_value), count(a.numeric_value) FILTER (WHERE a.numeric_value >= ?5)
                FROM response_answer a JOIN response r ON r.id = a.response_id JOIN instrument_item it ON it.id = a.item_id
                WHERE r.campaign_id = ?1 AND r.programme_code = ?2 AND it.instrument_id = ?3 AND it.code = ?4""")
                .setParameter(1, campaignId).setParameter(2, programmeCode).setParameter(3, instrumentId).setParameter(4, itemCode)
                .setParameter(5, atOrAbove).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
