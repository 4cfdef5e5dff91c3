package nl.opleidingsklimaat.quality.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.UpdateTimestamp;

/** A hospital or other training institution (instelling) in one region. */
@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    public String regionCode;

    public boolean active = true;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;
}
