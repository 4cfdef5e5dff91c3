package nl.opleidingsklimaat.quality.assessment;

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

/** Records evidence that arrived as an integration event, marked as such and linked to its source event. */
@ApplicationScoped
public class EventEvidence {

    @Inject
    AssessmentService assessments;

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
        return recordAll(List.of(new EvidenceFromEvent(
                        event, subject, actor, domain, title, kind, sourceReference, participantRole, points)))
                .get(0);
    }

    /** Records the evidence of a burst of events, in order, looking up (or making) their assessments together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Evidence> recordAll(List<EvidenceFromEvent> shown) {
        List<SubjectYear> subjectYears =
                shown.stream().map(EvidenceFromEvent::subjectYear).toList();
        Map<SubjectYear, Assessment> assessmentOf = assessments.forEvidence(new HashSet<>(subjectYears));
        List<Evidence> recorded = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            recorded.add(evidence(shown.get(i), assessmentOf.get(subjectYears.get(i))));
        }
        Evidence.persist(recorded);
        return recorded;
    }

    private static Evidence evidence(EvidenceFromEvent shown, Assessment assessment) {
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
