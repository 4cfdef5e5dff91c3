package nl.opleidingsklimaat.quality.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID assessmentId;

    public UUID taskId;

    public String actorCode;

    public String domainCode;

    public int position;

    @Enumerated(EnumType.STRING)
    public TaskStatus status = TaskStatus.NOT_STARTED;

    public String notApplicableReason;

    public String notes;

    public OffsetDateTime updatedAt;

    public String updatedBy;
}
