package nl.opleidingsklimaat.quality.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.ProgrammeRef;

/**
 * The caller's scope applied to this service's own registry: single checks for one row, and a JPQL condition that
 * limits a list to what the caller may see. This service owns the registry, so it does not use the replica.
 */
@RequestScoped
public class Visibility {

    @Inject
    CallerScope caller;

    public boolean region(String regionCode) {
        return caller.maySeeRegion(regionCode);
    }

    public boolean institution(String institutionCode, String regionCode) {
        return caller.maySeeInstitution(institutionCode, regionCode);
    }

    public boolean programme(String programmeCode, String institutionCode, String regionCode) {
        return caller.maySeeProgramme(new ProgrammeRef(programmeCode, institutionCode, regionCode));
    }

    public boolean subject(SubjectRef subject) {
        return SubjectResolver.visible(this, subject);
    }

    /** Keeps the national reference data (framework, specialties, regions); sees no programme, institution or figure. */
    public boolean isReferenceDataKeeper() {
        return caller.isReferenceDataKeeper();
    }

    /** The region as reference data (its code and name): for whoever sees the region, and for the reference-data keeper. */
    public boolean regionRecord(String regionCode) {
        return isReferenceDataKeeper() || region(regionCode);
    }

    /**
     * Whether one of the caller's roles is among the audiences the owner of some figures named (e.g. a report's
     * {@code audiences}): a dashboard never shows a caller figures their owner would refuse them.
     */
    public boolean inAudience(Collection<String> audiences) {
        return audiences != null && audiences.stream().anyMatch(caller::hasRole);
    }

    /**
     * Rows whose region, institution or programme the caller may see. Pass {@code null} for a field the entity
     * does not have. No caller sees everything: a machine token, too, sees only what its scope claims name.
     */
    public ScopeCondition condition(String regionField, String institutionField, String programmeField) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (regionField != null && caller.regionInScope().isPresent()) {
            parts.add(regionField + " = :scopeRegion");
            parameters.put("scopeRegion", caller.regionInScope().get());
        }
        if (institutionField != null && !caller.institutionsInScope().isEmpty()) {
            parts.add(institutionField + " in :scopeInstitutions");
            parameters.put("scopeInstitutions", caller.institutionsInScope());
        }
        if (programmeField != null && !caller.programmesInScope().isEmpty()) {
            parts.add(programmeField + " in :scopeProgrammes");
            parameters.put("scopeProgrammes", caller.programmesInScope());
        }
        return parts.isEmpty()
                ? new ScopeCondition("1 = 0", Map.of())
                : new ScopeCondition("(" + String.join(" or ", parts) + ")", parameters);
    }

    public String personReference() {
        return caller.personReference().orElse("anonymous");
    }
}
