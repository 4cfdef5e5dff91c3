package nl.opleidingsklimaat.quality.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One specialty's training at one institution (opleiding); the director is an opaque person reference. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Column(name = "specialty_code")
    public String specialtyCode;

    @Column(name = "institution_code")
    public String institutionCode;

    /** Copied from the institution, which never changes region, so scope checks need no join. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "cluster_code")
    public String clusterCode;

    @Column(name = "director_reference")
    public String directorReference;

    public boolean active = true;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}
