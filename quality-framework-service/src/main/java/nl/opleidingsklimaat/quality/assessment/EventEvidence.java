package nl.opleidingsklimaat.quality.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.assessment.Assessment;
import nl.opleidingsklimaat.quality.assessment.AssessmentService;
import nl.opleidingsklimaat.quality.assessment.AssessmentService.SubjectYear;
import nl.opleidingsklimaat.quality.assessment.Evidence;
import nl.opleidingsklimaat.quality.assessment.EvidenceKind;

/** Records evidence that arrived as an integration event, marked as such and linked to its source event. */
@ApplicationScoped
public class EventEvidence {

    @Inject
    AssessmentService assessments;

    /** What an event shows about a subject, and where it goes in the framework matrix (actor x domain). */
    public record Shown(
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

    @Transactional(Transactional.TxType.MANDATORY)
    public Evidence record(
            CloudEvent<?> event,
            SubjectRef subject,
            String actor,
            String domain,
            String title,
            EvidenceKind kind,
            String sourceReference,
            String participantRole,
            BigDecimal points) {
        return recordAll(List.of(new Shown(
                        event, subject, actor, domain, title, kind, sourceReference, participantRole, points)))
                .get(0);
    }

    /** Records the evidence of a burst of events, in order, looking up (or making) their assessments together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Evidence> recordAll(List<Shown> shown) {
        List<SubjectYear> subjectYears = shown.stream().map(Shown::subjectYear).toList();
        Map<SubjectYear, Assessment> assessmentOf = assessments.forEvidence(new HashSet<>(subjectYears));
        List<Evidence> recorded = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            recorded.add(evidence(shown.get(i), assessmentOf.get(subjectYears.get(i))));
        }
        Evidence.persist(recorded);
        return recorded;
    }

    private static Evidence evidence(Shown shown, Assessment assessment) {
        CloudEvent<?> event = shown.event();
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.assessmentId = assessment.id;
        evidence.actorCode = shown.actor();
        evidence.domainCode = shown.domain();
        evidence.title = shown.title().length() > 300 ? shown.title().substring(0, 300) : shown.title();
        evidence.kind = shown.kind();
        evidence.addedBy = event.source() == null ? "integration-event" : event.source();
        evidence.addedAt = OffsetDateTime.now();
        evidence.fromEvent = true;
        evidence.sourceEventId = event.id();
        evidence.sourceEventType = event.type();
        evidence.sourceReference = shown.sourceReference();
        evidence.participantRole = shown.participantRole();
        evidence.points = shown.points();
        return evidence;
    }
}
