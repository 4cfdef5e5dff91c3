package nl.opleidingsklimaat.coaching.intervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.policy.IntervisionPolicy;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** A fixed intervision group with one fixed coach (at most 10 residents, or 8 students). */
@Entity
@Table(name = "intervision_group")
public class IntervisionGroup extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public UUID id;

    public String institutionCode;

    public String name;

    public UUID coachId;

    @Enumerated(EnumType.STRING)
    public ParticipantKind participantKind;

    public int maxSize;

    @Enumerated(EnumType.STRING)
    public GroupState state;

    public OffsetDateTime createdAt;

    public OffsetDateTime formedAt;

    public OffsetDateTime closedAt;

    /** At least this many members before a group is formed. */
    public static final int MINIMUM_TO_FORM = 2;

    /** The policy's group size: at most 10 residents, 8 students or 10 supervisors. */
    public static int maxSizeFor(ParticipantKind kind, IntervisionPolicy rules) {
        return switch (kind) {
            case STUDENTS -> rules.maxStudents();
            case SUPERVISORS -> rules.maxSupervisors();
            case RESIDENTS -> rules.maxResidents();
        };
    }

    public void ensureNotClosed() {
        if (state == GroupState.CLOSED) {
            throw ProblemException.conflict("Group %s is closed", id);
        }
    }

    /** A full group takes nobody more: {@code members} is the number it has now. */
    public void ensureRoomForAnotherMember(long members) {
        if (members >= maxSize) {
            throw ProblemException.conflict(
                    "Group %s is full: at most %d %s",
                    id, maxSize, participantKind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Forming to active, with at least {@link #MINIMUM_TO_FORM} of its {@code members}. */
    public void form(long members, OffsetDateTime now) {
        if (state != GroupState.FORMING) {
            throw ProblemException.conflict("Group %s is %s; only a forming group can be formed", id, state);
        }
        if (members < MINIMUM_TO_FORM) {
            throw ProblemException.unprocessable(
                    "Group %s has %d members; it needs at least %d", id, members, MINIMUM_TO_FORM);
        }
        state = GroupState.ACTIVE;
        formedAt = now;
    }

    /** Closed once; its members are then free to join another group. */
    public void close(OffsetDateTime now) {
        if (state == GroupState.CLOSED) {
            throw ProblemException.conflict("Group %s is already closed", id);
        }
        state = GroupState.CLOSED;
        closedAt = now;
    }

    public long size() {
        return IntervisionMember.count("groupId", id);
    }
}
