package nl.opleidingsklimaat.quality.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

public record EvidenceView(
        UUID id,
        UUID assessmentId,
        String actorCode,
        String domainCode,
        UUID taskId,
        String title,
        EvidenceKind kind,
        String link,
        String documentReference,
        String addedBy,
        OffsetDateTime addedAt,
        boolean fromEvent,
        UUID sourceEventId,
        String sourceEventType,
        String sourceReference,
        BigDecimal points) {
    public static EvidenceView of(Evidence e) {
        return new EvidenceView(
                e.id,
                e.assessmentId,
                e.actorCode,
                e.domainCode,
                e.taskId,
                e.title,
                e.kind,
                e.link,
                e.documentReference,
                e.addedBy,
                e.addedAt,
                e.fromEvent,
                e.sourceEventId,
                e.sourceEventType,
                e.sourceReference,
                e.points);
    }
}
