package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A fixed intervision group with one fixed coach (at most 10 residents, or 8 students). */
@Entity
@Table(name = "intervision_group")
public class IntervisionGroup extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "institution_code")
    public String institutionCode;

    public String name;

    @Column(name = "coach_id")
    public UUID coachId;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_kind")
    public ParticipantKind participantKind;

    @Column(name = "max_size")
    public int maxSize;

    @Enumerated(EnumType.STRING)
    public GroupState state;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "formed_at")
    public OffsetDateTime formedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public long size() {
        return IntervisionMember.count("groupId", id);
    }
}
