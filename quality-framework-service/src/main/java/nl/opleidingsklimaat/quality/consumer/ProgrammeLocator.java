package nl.opleidingsklimaat.quality.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
        return subject(programme);
    }

    private static SubjectRef subject(Programme programme) {
        return new SubjectRef(SubjectType.PROGRAMME, programme.code, programme.code, programme.institutionCode, programme.regionCode);
    }

    /** {@link #locate} for a burst of events, with one query: the registered programmes among the codes, by code. */
    public Map<String, SubjectRef> locateAll(Collection<String> programmeCodes) {
        Set<String> codes = programmeCodes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, SubjectRef> located = codes.isEmpty() ? Map.of() : Programme.<Programme>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(programme -> programme.code, ProgrammeLocator::subject));
        programmeCodes.stream().filter(code -> !located.containsKey(code)).distinct()
                .forEach(code -> LOG.warnf("Event about programme %s, which is not in the registry; skipped", code));
        return located;
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
