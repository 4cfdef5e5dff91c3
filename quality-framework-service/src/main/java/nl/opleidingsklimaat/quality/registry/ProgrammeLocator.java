package nl.opleidingsklimaat.quality.registry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.platform.consumer.ImplausibleEventException;
import nl.opleidingsklimaat.quality.access.SubjectRef;
import nl.opleidingsklimaat.quality.assessment.SubjectType;

/**
 * Places an event's programme or institution in the registry, which is the truth: the other services know programmes
 * only from this service's own {@code quality.v1} events. So an event naming a programme or institution that was never
 * registered here, or placing a programme in another institution or region than the registry does, cannot come from a
 * genuine publisher: it is refused with {@link ImplausibleEventException}, which the consumer loop dead-letters with
 * the reason, keeping nothing of it.
 */
@ApplicationScoped
public class ProgrammeLocator {

    /** The registered programme the event names, checked against the institution (and region) it places it in. */
    public SubjectRef programme(ProgrammeClaim claim) {
        return programmes(Set.of(claim)).get(claim.programmeCode());
    }

    /** {@link #programme} for a burst of events, with one query; the registered programmes by code. */
    public Map<String, SubjectRef> programmes(Collection<ProgrammeClaim> claims) {
        Set<String> codes = claims.stream()
                .map(ProgrammeClaim::programmeCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, SubjectRef> registered = codes.isEmpty()
                ? Map.of()
                : Programme.<Programme>list("code in ?1", codes).stream()
                        .collect(Collectors.toMap(programme -> programme.code, ProgrammeLocator::subject));
        for (ProgrammeClaim claim : claims) {
            SubjectRef programme = registered.get(claim.programmeCode());
            if (programme == null) {
                throw new ImplausibleEventException("programme " + claim.programmeCode() + " is not in the registry");
            }
            if (!programme.institutionCode().equals(claim.institutionCode())) {
                throw new ImplausibleEventException("programme " + claim.programmeCode() + " belongs to institution "
                        + programme.institutionCode() + ", not " + claim.institutionCode());
            }
            if (claim.regionCode() != null && !programme.regionCode().equals(claim.regionCode())) {
                throw new ImplausibleEventException("programme " + claim.programmeCode() + " lies in region "
                        + programme.regionCode() + ", not " + claim.regionCode());
            }
        }
        return registered;
    }

    /** The registered institution the event names. */
    public SubjectRef institution(String institutionCode) {
        Institution institution = institutionCode == null ? null : Institution.findById(institutionCode);
        if (institution == null) {
            throw new ImplausibleEventException("institution " + institutionCode + " is not in the registry");
        }
        return new SubjectRef(
                SubjectType.INSTITUTION, institution.code, null, institution.code, institution.regionCode);
    }

    private static SubjectRef subject(Programme programme) {
        return new SubjectRef(
                SubjectType.PROGRAMME, programme.code, programme.code, programme.institutionCode, programme.regionCode);
    }
}
