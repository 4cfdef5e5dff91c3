package nl.opleidingsklimaat.platform.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An institution as quality-framework-service last announced it. Read-only outside the replica handlers. */
@Entity
@Table(name = "institution_replica")
public class ReplicatedInstitution extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    public String regionCode;

    public boolean active;

    public OffsetDateTime updatedAt;
}
