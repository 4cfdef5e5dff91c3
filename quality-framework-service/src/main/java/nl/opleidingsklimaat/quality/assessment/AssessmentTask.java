package nl.opleidingsklimaat.quality.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The state of one framework task within an assessment. */
@Entity
@Table(name = "assessment_task")
public class AssessmentTask extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "actor_code")
    public String actorCode;

    @Column(name = "domain_code")
    public String domainCode;

    public int position;

    @Enumerated(EnumType.STRING)
    public TaskStatus status = TaskStatus.NOT_STARTED;

    @Column(name = "not_applicable_reason")
    public String notApplicableReason;

    public String notes;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
