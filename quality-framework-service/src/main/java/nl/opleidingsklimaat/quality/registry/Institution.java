package nl.opleidingsklimaat.quality.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A hospital or other training institution (instelling) in one region. */
@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    public boolean active = true;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}
