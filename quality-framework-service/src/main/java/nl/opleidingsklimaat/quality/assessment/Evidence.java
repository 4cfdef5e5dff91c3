package nl.opleidingsklimaat.quality.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something that shows tasks of a cell are met: added by a person, or recorded from an integration event (then
 * {@code fromEvent} is set and the source event and reference link back).
 */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "actor_code")
    public String actorCode;

    @Column(name = "domain_code")
    public String domainCode;

    @Column(name = "task_id")
    public UUID taskId;

    public String title;

    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;

    public String link;

    @Column(name = "document_reference")
    public String documentReference;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    @Column(name = "from_event")
    public boolean fromEvent;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    @Column(name = "source_event_type")
    public String sourceEventType;

    /** What the event was about, e.g. the campaign id of a report or the training event id of an attendance. */
    @Column(name = "source_reference")
    public String sourceReference;

    @Column(name = "participant_role")
    public String participantRole;

    public BigDecimal points;
}
