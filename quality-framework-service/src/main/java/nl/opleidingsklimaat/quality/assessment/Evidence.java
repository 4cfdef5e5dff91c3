package nl.opleidingsklimaat.quality.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID assessmentId;

    public String actorCode;

    public String domainCode;

    public UUID taskId;

    public String title;

    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;

    public String link;

    public String documentReference;

    public String addedBy;

    public OffsetDateTime addedAt;

    public boolean fromEvent;

    public UUID sourceEventId;

    public String sourceEventType;

    /** What the event was about, e.g. the campaign id of a report or the training event id of an attendance. */
    public String sourceReference;

    public String participantRole;

    public BigDecimal points;
}
