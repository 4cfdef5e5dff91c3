package nl.opleidingsklimaat.quality.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.quality.access.SubjectRef;

/** What an event shows about a subject, and where it goes in the framework matrix (actor x domain). */
public record EvidenceFromEvent(
        CloudEvent<?> event,
        SubjectRef subject,
        String actor,
        String domain,
        String title,
        EvidenceKind kind,
        String sourceReference,
        String participantRole,
        BigDecimal points) {

    /** The year whose assessment the evidence goes to: when the event happened, or now for an event without a time. */
    SubjectYear subjectYear() {
        return new SubjectYear(subject, (event.time() == null ? OffsetDateTime.now() : event.time()).getYear());
    }
}
