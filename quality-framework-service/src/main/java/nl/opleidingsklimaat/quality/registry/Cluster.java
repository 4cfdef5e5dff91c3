package nl.opleidingsklimaat.quality.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The regional collaboration of one specialty's programmes. */
@Entity
@Table(name = "cluster")
public class Cluster extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "specialty_code")
    public String specialtyCode;

    public boolean active = true;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}
