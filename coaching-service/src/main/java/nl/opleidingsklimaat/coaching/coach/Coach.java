package nl.opleidingsklimaat.coaching.coach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A coach who can take coaching tracks and lead intervision groups. */
@Entity
@Table(name = "coach")
public class Coach extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;
    /** The coach's person reference: the subject of the coach's token. */
    public String reference;

    public String name;
    public String profile;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> expertise;

    public boolean experienceWithResidents;

    public boolean medicalBackground;
    /** Institutions the coach works for; a coach is never independent of a resident of one of these. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> institutions;
    /** Most tracks the coach takes at once (matched or active). */
    public int capacity;

    public boolean available;

    public BigDecimal sessionFee;

    @CreationTimestamp
    public OffsetDateTime createdAt;

    public boolean worksFor(String institutionCode) {
        return institutions.contains(institutionCode);
    }

    public static java.util.Optional<Coach> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
