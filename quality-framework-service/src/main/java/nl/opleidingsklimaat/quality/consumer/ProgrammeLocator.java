package nl.opleidingsklimaat.quality.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.assessment.SubjectType;
import nl.opleidingsklimaat.quality.registry.Institution;
import nl.opleidingsklimaat.quality.registry.Programme;
import org.jboss.logging.Logger;

/**
 * Places an event's programme or institution in the registry. The registry is the truth; an event about a programme
 * this service does not know (registered elsewhere or mistyped) is logged and skipped rather than dead-lettered.
 */
@ApplicationScoped
public class ProgrammeLocator {
    private static final Logger LOG = Logger.getLogger(ProgrammeLocator.class);

    public SubjectRef locate(String programmeCode, String institutionCode, String regionCode) {
        Programme programme = programmeCode == null ? null : Programme.findById(programmeCode);
        if (programme == null) {
            LOG.warnf("Event about programme %s, which is not in the registry; skipped", programmeCode);
            return null;
        }
        return new SubjectRef(SubjectType.PROGRAMME, programme.code, programme.code, programme.institutionCode, programme.regionCode);
    }

    public SubjectRef institution(String institutionCode) {
        Institution institution = institutionCode == null ? null : Institution.findById(institutionCode);
        if (institution == null) {
            LOG.warnf("Event about institution %s, which is not in the registry; skipped", institutionCode);
            return null;
        }
        return new SubjectRef(SubjectType.INSTITUTION, institution.code, null, institution.code, institution.regionCode);
    }
}
