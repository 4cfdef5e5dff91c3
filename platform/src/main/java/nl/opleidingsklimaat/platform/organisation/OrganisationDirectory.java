package nl.opleidingsklimaat.platform.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;

/**
 * Looks up the replicated organisation and applies the scope rule: what is absent and what the caller may not see
 * both answer 404, so codes of other institutions do not leak.
 */
@ApplicationScoped
public class OrganisationDirectory {
    @Inject
    CallerScope caller;

    public Optional<ReplicatedProgramme> programme(String code) {
        return Optional.ofNullable(ReplicatedProgramme.findById(code));
    }

    public Optional<ReplicatedInstitution> institution(String code) {
        return Optional.ofNullable(ReplicatedInstitution.findById(code));
    }

    /** The programme, if it exists and the caller may see it; otherwise a 404 problem. */
    public ReplicatedProgramme visibleProgramme(String code) {
        return programme(code)
                .filter(p -> caller.maySeeProgramme(p.ref()))
                .orElseThrow(() -> ProblemException.notFound("Programme %s not found", code));
    }

    /** The institution, if it exists and the caller may see it; otherwise a 404 problem. */
    public ReplicatedInstitution visibleInstitution(String code) {
        return institution(code)
                .filter(i -> caller.maySeeInstitution(i.code, i.regionCode))
                .orElseThrow(() -> ProblemException.notFound("Institution %s not found", code));
    }
}
