package nl.opleidingsklimaat.quality.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.UpdateTimestamp;

/** One specialty's training at one institution (opleiding); the director is an opaque person reference. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    public String specialtyCode;

    public String institutionCode;

    /** Copied from the institution, which never changes region, so scope checks need no join. */
    public String regionCode;

    public String clusterCode;

    public String directorReference;

    public boolean active = true;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;
}
