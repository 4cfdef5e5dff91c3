package nl.opleidingsklimaat.quality.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.platform.consumer.ImplausibleEventException;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import org.hibernate.annotations.CreationTimestamp;
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

    @EmbeddedId
    public ReportOutcomeKey id;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    public String instrumentCode;

    public String institutionCode;

    public String regionCode;

    public int invited;

    public int respondents;

    public BigDecimal responseRate;

    public Integer threshold;

    /** Only for released reports; a withheld report never carries scores. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DomainScore> domainScores;

    /** Who survey-service lets read the figures (roles, e.g. coc); the dashboards show the figures to these roles only. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> audiences;

    @CreationTimestamp
    public OffsetDateTime receivedAt;

    /** What a released or withheld report says of its programme's outcome in its campaign. */
    record Received(
            ReportOutcomeKey key,
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
    static void requireFirstOutcomes(List<ReportOutcomeKey> keys) {
        Set<ReportOutcomeKey> seen = new HashSet<>();
        for (ReportOutcomeKey key : keys) {
            if (!seen.add(key)) {
                throw secondOutcome(key);
            }
        }
        ReportOutcome.<ReportOutcome>list(
                        "id.programmeCode in ?1 and id.campaignId in ?2",
                        keys.stream().map(ReportOutcomeKey::programmeCode).collect(Collectors.toSet()),
                        keys.stream().map(ReportOutcomeKey::campaignId).collect(Collectors.toSet()))
                .stream()
                .filter(stored -> seen.contains(stored.id))
                .findFirst()
                .ifPresent(stored -> {
                    throw secondOutcome(stored.id);
                });
    }

    private static ImplausibleEventException secondOutcome(ReportOutcomeKey key) {
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
            outcome.persist();
        }
    }

    public static ReportOutcome latestOf(String programmeCode) {
        return find("id.programmeCode = ?1 order by receivedAt desc", programmeCode)
                .firstResult();
    }
}
