package nl.opleidingsklimaat.platform.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public String specialtyCode;

    public String institutionCode;

    public String regionCode;

    public String clusterCode;

    public String directorReference;

    public boolean active;

    public OffsetDateTime updatedAt;

    public ProgrammeRef ref() {
        return new ProgrammeRef(code, institutionCode, regionCode);
    }
}
