package nl.opleidingsklimaat.quality.assessment;

import java.util.UUID;

public record Gap(
        UUID taskId,
        String actorCode,
        String domainCode,
        int position,
        String text,
        TaskStatus status,
        boolean hasEvidence) {}
