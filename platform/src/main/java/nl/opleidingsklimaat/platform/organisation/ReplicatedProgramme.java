package nl.opleidingsklimaat.platform.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.opleidingsklimaat.platform.security.ProgrammeRef;

/** A programme as quality-framework-service last announced it. Read-only outside the replica handlers. */
@Entity
@Table(name = "programme_replica")
public class ReplicatedProgramme extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Column(name = "specialty_code")
    public String specialtyCode;

    @Column(name = "institution_code")
    public String institutionCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "cluster_code")
    public String clusterCode;

    @Column(name = "director_reference")
    public String directorReference;

    public boolean active;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public ProgrammeRef ref() {
        return new ProgrammeRef(code, institutionCode, regionCode);
    }
}
