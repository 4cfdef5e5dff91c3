package nl.opleidingsklimaat.quality.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

public record TaskView(
        UUID taskId,
        String actorCode,
        String domainCode,
        int position,
        String text,
        TaskStatus status,
        String notApplicableReason,
        String notes,
        long evidenceItems,
        OffsetDateTime updatedAt) {}
