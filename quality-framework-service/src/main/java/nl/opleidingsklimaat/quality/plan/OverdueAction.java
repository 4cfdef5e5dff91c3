package nl.opleidingsklimaat.quality.plan;

import java.time.LocalDate;
import java.util.UUID;

public record OverdueAction(
        UUID planId,
        String planTitle,
        String subjectCode,
        UUID actionId,
        String what,
        String ownerReference,
        LocalDate dueDate,
        long daysOverdue) {}
