package nl.opleidingsklimaat.events.registration;

import io.quarkus.panache.common.Parameters;
import java.util.Set;

/** The participants a caller may see: everyone, or those of some institutions and programmes (a machine's scope). */
public record ParticipantScope(boolean everyone, Set<String> institutions, Set<String> programmes) {
    public static final ParticipantScope EVERYONE = new ParticipantScope(true, Set.of(), Set.of());

    public boolean holds(String institutionCode, String programmeCode) {
        return everyone
                || institutions.contains(institutionCode)
                || (programmeCode != null && programmes.contains(programmeCode));
    }

    public boolean holds(Registration registration) {
        return holds(registration.institutionCode, registration.programmeCode);
    }

    /** A Panache condition on {@link Registration} (with its parameters added to {@code params}) that keeps only these participants. */
    String condition(Parameters params) {
        if (everyone) {
            return "1 = 1";
        }
        if (institutions.isEmpty() && programmes.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder condition = new StringBuilder("(1 = 0");
        if (!institutions.isEmpty()) {
            condition.append(" or institutionCode in :scopeInstitutions");
            params.and("scopeInstitutions", institutions);
        }
        if (!programmes.isEmpty()) {
            condition.append(" or programmeCode in :scopeProgrammes");
            params.and("scopeProgrammes", programmes);
        }
        return condition.append(")").toString();
    }
}
