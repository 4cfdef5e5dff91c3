package nl.opleidingsklimaat.coaching.intervision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GroupView(
        UUID id,
        String institutionCode,
        String name,
        UUID coachId,
        ParticipantKind participantKind,
        int maxSize,
        GroupState state,
        long size,

        @Schema(description = "Member references; left out for members themselves")
        List<MemberView> members,

        OffsetDateTime formedAt,
        OffsetDateTime closedAt) {}
