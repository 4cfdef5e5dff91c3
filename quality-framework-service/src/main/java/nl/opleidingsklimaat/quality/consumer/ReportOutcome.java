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
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
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

    public static ReportOutcome latestOf(String programmeCode) {
        return find("id.programmeCode = ?1 order by receivedAt desc", programmeCode).firstResult();
    }
}
