package nl.opleidingsklimaat.quality.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.UpdateTimestamp;

/** The regional collaboration of one specialty's programmes. */
@Entity
@Table(name = "cluster")
public class Cluster extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    public String regionCode;

    public String specialtyCode;

    public boolean active = true;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;
}
