package nl.opleidingsklimaat.quality.consumer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme's report outcome of one campaign: released with aggregates, or withheld below the threshold. */
@Entity
@Table(name = "report_outcome")
public class ReportOutcome extends PanacheEntityBase {
    public enum Status {
        RELEASED, WITHHELD
    }

    @Embeddable
    public record Key(@Column(name = "programme_code") String programmeCode, @Column(name = "campaign_id") UUID campaignId)
            implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @Column(name = "instrument_code")
    public String instrumentCode;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "region_code")
    public String regionCode;

    public int invited;

    public int respondents;

    @Column(name = "response_rate")
    public BigDecimal responseRate;

    public Integer threshold;

    /** Only for released reports; a withheld report never carries scores. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "domain_scores")
    public List<DomainScore> domainScores;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** What a released or withheld report says of its programme's outcome in its campaign. */
    record Received(Key key, Status status, String instrumentCode, SubjectRef programme, int invited, int respondents, BigDecimal responseRate,
            Integer threshold, List<DomainScore> domainScores) {
    }

    /**
     * Stores what the reports say, in order, so a later report of the same programme and campaign overwrites an earlier
     * one; the stored outcomes are read with one query.
     */
    static void recordAll(List<Received> reports) {
        Map<Key, ReportOutcome> outcomes = storedOrNew(reports.stream().map(Received::key).toList());
        for (Received report : reports) {
            ReportOutcome outcome = outcomes.get(report.key());
            outcome.status = report.status();
            outcome.instrumentCode = report.instrumentCode();
            outcome.institutionCode = report.programme().institutionCode();
            outcome.regionCode = report.programme().regionCode();
            outcome.invited = report.invited();
            outcome.respondents = report.respondents();
            outcome.responseRate = report.responseRate();
            outcome.threshold = report.threshold();
            outcome.domainScores = report.domainScores();
            outcome.receivedAt = OffsetDateTime.now();
            if (!outcome.isPersistent()) {
                outcome.persist();
            }
        }
    }

    /** The outcomes of these programmes and campaigns, stored or new (not yet persisted), with one query. */
    private static Map<Key, ReportOutcome> storedOrNew(Collection<Key> keys) {
        Map<Key, ReportOutcome> outcomes = new HashMap<>();
        ReportOutcome.<ReportOutcome>list("id.programmeCode in ?1 and id.campaignId in ?2",
                keys.stream().map(Key::programmeCode).collect(Collectors.toSet()), keys.stream().map(Key::campaignId).collect(Collectors.toSet()))
                .forEach(stored -> outcomes.put(stored.id, stored));
        for (Key key : keys) {
            outcomes.computeIfAbsent(key, ReportOutcome::withKey);
        }
        return outcomes;
    }

    private static ReportOutcome withKey(Key key) {
        ReportOutcome outcome = new ReportOutcome();
        outcome.id = key;
        return outcome;
    }

    public static ReportOutcome latestOf(String programmeCode) {
        return find("id.programmeCode = ?1 order by receivedAt desc", programmeCode).firstResult();
    }
}
