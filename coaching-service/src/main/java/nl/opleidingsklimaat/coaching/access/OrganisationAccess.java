package nl.opleidingsklimaat.coaching.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.platform.organisation.OrganisationDirectory;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/**
 * Scope checks on the replicated organisation. An institution is known when quality.v1 announced it or one of its
 * programmes; what is unknown or out of the caller's scope answers 404.
 */
@ApplicationScoped
public class OrganisationAccess {
    @Inject
    OrganisationDirectory directory;

    @Inject
    CallerScope caller;

    public ReplicatedProgramme programme(String code) {
        return directory.visibleProgramme(code);
    }

    /**
     * Checks the caller may see the institution, otherwise a 404 problem. Where the replica does not know the
     * institution's region yet, only callers scoped to the institution itself pass (COC, board, or a system token
     * whose scope claims name it; a system token without scope claims sees nothing).
     */
    public void institution(String code) {
        if (!maySeeInstitution(code, null)) {
            throw ProblemException.notFound("Institution %s not found", code);
        }
    }

    /**
     * Whether the caller acts as the institution's COC office: a COC member of the institution. A machine token never
     * does, scoped or not: the office sees who is coached, and that stays with people who answer for it (audited).
     */
    public boolean isOffice(String institutionCode) {
        return caller.hasRole(Roles.COC) && caller.institutions().contains(institutionCode);
    }

    public boolean maySeeInstitution(String code, String regionCode) {
        return caller.maySeeInstitution(code, regionCode == null ? regionOf(code) : regionCode);
    }

    private String regionOf(String institutionCode) {
        return directory
                .institution(institutionCode)
                .map(i -> i.regionCode)
                .or(() -> ReplicatedProgramme.<ReplicatedProgramme>find("institutionCode", institutionCode)
                        .firstResultOptional()
                        .map(p -> p.regionCode))
                .orElse("");
    }

    public static String institutionName(String code) {
        ReplicatedInstitution institution = ReplicatedInstitution.findById(code);
        return institution == null ? null : institution.name;
    }
}
