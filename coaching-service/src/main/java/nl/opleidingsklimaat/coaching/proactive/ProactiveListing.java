package nl.opleidingsklimaat.coaching.proactive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String programmeCode;

    public String institutionCode;

    public String regionCode;

    public UUID campaignId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> reasons;

    public OffsetDateTime flaggedAt;

    public OffsetDateTime approachedAt;
}
