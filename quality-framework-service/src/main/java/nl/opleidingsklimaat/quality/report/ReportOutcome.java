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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.platform.consumer.ImplausibleEventException;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme's report outcome of one campaign: released with aggregates, or withheld below the threshold. */
@Entity
@Table(name = "report_outcome")
public class ReportOutcome extends PanacheEntityBase {
    public enum Status {
        RELEASED,
        WITHHELD
    }

    @Embeddable
    public record Key(
            @Column(name = "programme_code") String programmeCode,
            @Column(name = "campaign_id") UUID campaignId) implements Serializable {}

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

    /** Who survey-service lets read the figures (roles, e.g. coc); the dashboards show the figures to these roles only. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> audiences;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** What a released or withheld report says of its programme's outcome in its campaign. */
    record Received(
            Key key,
            Status status,
            String instrumentCode,
            SubjectRef programme,
            int invited,
            int respondents,
            BigDecimal responseRate,
            Integer threshold,
            List<DomainScore> domainScores,
            List<String> audiences) {}

    /**
     * Survey-service reports each programme once per campaign, released or withheld, when the campaign closes. A second
     * outcome for a programme and campaign (one already stored, or twice in a burst) cannot be genuine: it would turn a
     * withheld report into a released one, or change a released report's figures.
     */
    static void requireFirstOutcomes(List<Key> keys) {
        Set<Key> seen = new HashSet<>();
        for (Key key : keys) {
            if (!seen.add(key)) {
                throw secondOutcome(key);
            }
        }
        ReportOutcome.<ReportOutcome>list(
                        "id.programmeCode in ?1 and id.campaignId in ?2",
                        keys.stream().map(Key::programmeCode).collect(Collectors.toSet()),
                        keys.stream().map(Key::campaignId).collect(Collectors.toSet()))
                .stream()
                .filter(stored -> seen.contains(stored.id))
                .findFirst()
                .ifPresent(stored -> {
                    throw secondOutcome(stored.id);
                });
    }

    private static ImplausibleEventException secondOutcome(Key key) {
        return new ImplausibleEventException("programme " + key.programmeCode()
                + " already has its one report outcome of campaign " + key.campaignId());
    }

    /** Stores the outcomes of reports that passed {@link #requireFirstOutcomes}. */
    static void recordAll(List<Received> reports) {
        requireFirstOutcomes(reports.stream().map(Received::key).toList());
        for (Received report : reports) {
            ReportOutcome outcome = new ReportOutcome();
            outcome.id = report.key();
            outcome.status = report.status();
            outcome.instrumentCode = report.instrumentCode();
            outcome.institutionCode = report.programme().institutionCode();
            outcome.regionCode = report.programme().regionCode();
            outcome.invited = report.invited();
            outcome.respondents = report.respondents();
            outcome.responseRate = report.responseRate();
            outcome.threshold = report.threshold();
            outcome.domainScores = report.domainScores();
            outcome.audiences = report.audiences() == null ? List.of() : List.copyOf(report.audiences());
            outcome.receivedAt = OffsetDateTime.now();
            outcome.persist();
        }
    }

    public static ReportOutcome latestOf(String programmeCode) {
        return find("id.programmeCode = ?1 order by receivedAt desc", programmeCode)
                .firstResult();
    }
}
