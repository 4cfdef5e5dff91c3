package nl.opleidingsklimaat.quality.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(name = "plan_id")
    public UUID planId;

    public String what;

    @Column(name = "owner_reference")
    public String ownerReference;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "domain_code")
    public String domainCode;

    @Enumerated(EnumType.STRING)
    public ActionStatus status = ActionStatus.OPEN;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean isConcrete() {
        return ownerReference != null && !ownerReference.isBlank() && dueDate != null;
    }
}
