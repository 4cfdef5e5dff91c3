package nl.opleidingsklimaat.quality.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.assessment.Assessment;
import nl.opleidingsklimaat.quality.assessment.AssessmentService;
import nl.opleidingsklimaat.quality.assessment.Evidence;
import nl.opleidingsklimaat.quality.assessment.EvidenceKind;

/** Records evidence that arrived as an integration event, marked as such and linked to its source event. */
@ApplicationScoped
public class EventEvidence {

    @Inject
    AssessmentService assessments;

    @Transactional(Transactional.TxType.MANDATORY)
    public Evidence record(CloudEvent<?> event, SubjectRef subject, String actor, String domain, String title, EvidenceKind kind,
            String sourceReference, String participantRole, BigDecimal points) {
        int year = (event.time() == null ? OffsetDateTime.now() : event.time()).getYear();
        Assessment assessment = assessments.forEvidence(subject, year);
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.assessmentId = assessment.id;
        evidence.actorCode = actor;
        evidence.domainCode = domain;
        evidence.title = title.length() > 300 ? title.substring(0, 300) : title;
        evidence.kind = kind;
        evidence.addedBy = event.source() == null ? "integration-event" : event.source();
        evidence.addedAt = OffsetDateTime.now();
        evidence.fromEvent = true;
        evidence.sourceEventId = event.id();
        evidence.sourceEventType = event.type();
        evidence.sourceReference = sourceReference;
        evidence.participantRole = participantRole;
        evidence.points = points;
        evidence.persist();
        return evidence;
    }
}
