package nl.opleidingsklimaat.quality.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record ActionView(
        UUID id,
        String what,
        String ownerReference,
        String ownerEmail,
        LocalDate dueDate,
        String domainCode,
        ActionStatus status,
        boolean overdue,
        OffsetDateTime updatedAt) {
    static ActionView of(PlanAction a, LocalDate today) {
        return new ActionView(
                a.id,
                a.what,
                a.ownerReference,
                a.ownerEmail,
                a.dueDate,
                a.domainCode,
                a.status,
                a.status.isOpen() && a.dueDate != null && a.dueDate.isBefore(today),
                a.updatedAt);
    }
}
