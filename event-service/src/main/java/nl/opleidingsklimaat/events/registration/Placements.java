package nl.opleidingsklimaat.events.registration;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** Where the drafts of a batch sit in the organisation, from the replica read once for the whole batch. */
final class Placements {
    record Placement(String institutionCode, String programmeCode) {
    }

    private final Map<String, ReplicatedProgramme> programmes;
    private final Map<String, ReplicatedInstitution> institutions;

    private Placements(Map<String, ReplicatedProgramme> programmes, Map<String, ReplicatedInstitution> institutions) {
        this.programmes = programmes;
        this.institutions = institutions;
    }

    static Placements of(List<RegistrationDraft> drafts) {
        Set<String> programmeCodes = drafts.stream().map(RegistrationDraft::programmeCode).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> institutionCodes = drafts.stream().filter(d -> d.programmeCode() == null).map(RegistrationDraft::institutionCode)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<ReplicatedProgramme> programmes = programmeCodes.isEmpty() ? List.of() : ReplicatedProgramme.list("code in ?1", programmeCodes);
        List<ReplicatedInstitution> institutions = institutionCodes.isEmpty() ? List.of()
                : ReplicatedInstitution.list("code in ?1", institutionCodes);
        return new Placements(programmes.stream().collect(Collectors.toMap(p -> p.code, Function.identity())),
                institutions.stream().collect(Collectors.toMap(i -> i.code, Function.identity())));
    }

    /** The draft's institution and programme; a problem when the request names none, or one that is unknown or inactive. */
    Placement of(RegistrationDraft draft) {
        if (draft.programmeCode() != null) {
            ReplicatedProgramme programme = programmes.get(draft.programmeCode());
            if (programme == null || !programme.active) {
                throw ProblemException.invalidField("programmeCode", "no active programme " + draft.programmeCode());
            }
            if (draft.institutionCode() != null && !draft.institutionCode().equals(programme.institutionCode)) {
                throw ProblemException.invalidField("institutionCode", "programme %s belongs to %s".formatted(programme.code, programme.institutionCode));
            }
            return new Placement(programme.institutionCode, programme.code);
        }
        if (draft.institutionCode() == null) {
            throw ProblemException.invalidField("institutionCode", "give the participant's institution or programme");
        }
        ReplicatedInstitution institution = institutions.get(draft.institutionCode());
        if (institution == null || !institution.active) {
            throw ProblemException.invalidField("institutionCode", "no active institution " + draft.institutionCode());
        }
        return new Placement(institution.code, null);
    }
}
