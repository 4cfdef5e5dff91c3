package nl.opleidingsklimaat.coaching.proactive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A programme the COC should approach with coaching or intervision, once per campaign, with the signals that put it there. */
@Entity
@Table(name = "proactive_listing")
public class ProactiveListing extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> reasons;

    @Column(name = "flagged_at")
    public OffsetDateTime flaggedAt;

    @Column(name = "approached_at")
    public OffsetDateTime approachedAt;
}
