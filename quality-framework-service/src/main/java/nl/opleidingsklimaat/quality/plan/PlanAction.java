package nl.opleidingsklimaat.quality.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A concrete verbeteractie: what, who (an opaque reference), by when, in which domain. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID planId;

    public String what;

    public String ownerReference;

    /** Where the owner gets the weekly digest of overdue actions; none, no mail. */
    public String ownerEmail;

    public LocalDate dueDate;

    public String domainCode;

    @Enumerated(EnumType.STRING)
    public ActionStatus status = ActionStatus.OPEN;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    public boolean isConcrete() {
        return ownerReference != null && !ownerReference.isBlank() && dueDate != null;
    }
}
