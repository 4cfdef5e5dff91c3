package nl.opleidingsklimaat.coaching.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.policy.IntervisionPolicy;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The size and states of an intervision group, without Quarkus or a database. */
class IntervisionGroupTest {
    static final IntervisionPolicy RULES = new IntervisionPolicy(10, 8, 10, 4, List.of());
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-10T09:00:00+01:00");

    static IntervisionGroup group(ParticipantKind kind, GroupState state) {
        IntervisionGroup group = new IntervisionGroup();
        group.id = UUID.randomUUID();
        group.participantKind = kind;
        group.maxSize = IntervisionGroup.maxSizeFor(kind, RULES);
        group.state = state;
        return group;
    }

    static void refused(Runnable action, ProblemType type) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(type));
    }

    @Test
    void aGroupOfResidentsTakesAtMostTen() {
        IntervisionGroup group = group(ParticipantKind.RESIDENTS, GroupState.FORMING);
        assertThat(group.maxSize).isEqualTo(10);
        group.ensureRoomForAnotherMember(9);
        refused(() -> group.ensureRoomForAnotherMember(10), ProblemType.CONFLICT);
        assertThatThrownBy(() -> group.ensureRoomForAnotherMember(10)).hasMessageContaining("at most 10 residents");
    }

    @Test
    void aGroupOfStudentsTakesAtMostEight() {
        IntervisionGroup group = group(ParticipantKind.STUDENTS, GroupState.FORMING);
        assertThat(group.maxSize).isEqualTo(8);
        group.ensureRoomForAnotherMember(7);
        assertThatThrownBy(() -> group.ensureRoomForAnotherMember(8)).hasMessageContaining("at most 8 students");
    }

    @Test
    void aClosedGroupTakesNoMembers() {
        group(ParticipantKind.RESIDENTS, GroupState.FORMING).ensureNotClosed();
        group(ParticipantKind.RESIDENTS, GroupState.ACTIVE).ensureNotClosed();
        refused(() -> group(ParticipantKind.RESIDENTS, GroupState.CLOSED).ensureNotClosed(), ProblemType.CONFLICT);
    }

    @Test
    void aFormingGroupOfAtLeastTwoIsFormed() {
        IntervisionGroup group = group(ParticipantKind.RESIDENTS, GroupState.FORMING);
        refused(() -> group.form(1, NOW), ProblemType.UNPROCESSABLE);
        assertThat(group.state).isEqualTo(GroupState.FORMING);
        group.form(2, NOW);
        assertThat(group.state).isEqualTo(GroupState.ACTIVE);
        assertThat(group.formedAt).isEqualTo(NOW);
        refused(() -> group.form(2, NOW), ProblemType.CONFLICT);
        refused(() -> group(ParticipantKind.RESIDENTS, GroupState.CLOSED).form(5, NOW), ProblemType.CONFLICT);
    }

    @Test
    void aGroupIsClosedOnce() {
        IntervisionGroup group = group(ParticipantKind.RESIDENTS, GroupState.ACTIVE);
        group.close(NOW);
        assertThat(group.state).isEqualTo(GroupState.CLOSED);
        assertThat(group.closedAt).isEqualTo(NOW);
        refused(() -> group.close(NOW), ProblemType.CONFLICT);
        IntervisionGroup forming = group(ParticipantKind.RESIDENTS, GroupState.FORMING);
        forming.close(NOW);
        assertThat(forming.state).isEqualTo(GroupState.CLOSED);
    }
}
