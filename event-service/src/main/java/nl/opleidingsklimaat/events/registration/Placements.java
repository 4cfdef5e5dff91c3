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
    record Placement(String institutionCode, String programmeCode) {}

    /** Of the replica only what placing needs, read as values, so the batch's flush has no replica entities to check. */
    record KnownProgramme(String code, String institutionCode, boolean active) {}

    record KnownInstitution(String code, boolean active) {}

    private final Map<String, KnownProgramme> programmes;
    private final Map<String, KnownInstitution> institutions;

    private Placements(Map<String, KnownProgramme> programmes, Map<String, KnownInstitution> institutions) {
        this.programmes = programmes;
        this.institutions = institutions;
    }

    static Placements of(List<RegistrationDraft> drafts) {
        Set<String> programmeCodes = drafts.stream()
                .map(RegistrationDraft::programmeCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> institutionCodes = drafts.stream()
                .filter(d -> d.programmeCode() == null)
                .map(RegistrationDraft::institutionCode)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<KnownProgramme> programmes = programmeCodes.isEmpty()
                ? List.of()
                : ReplicatedProgramme.find("code in ?1", programmeCodes)
                        .project(KnownProgramme.class)
                        .list();
        List<KnownInstitution> institutions = institutionCodes.isEmpty()
                ? List.of()
                : ReplicatedInstitution.find("code in ?1", institutionCodes)
                        .project(KnownInstitution.class)
                        .list();
        return new Placements(
                programmes.stream().collect(Collectors.toMap(KnownProgramme::code, Function.identity())),
                institutions.stream().collect(Collectors.toMap(KnownInstitution::code, Function.identity())));
    }

    /** The draft's institution and programme; a problem when the request names none, or one that is unknown or inactive. */
    Placement of(RegistrationDraft draft) {
        if (draft.programmeCode() != null) {
            KnownProgramme programme = programmes.get(draft.programmeCode());
            if (programme == null || !programme.active()) {
                throw ProblemException.invalidField("programmeCode", "no active programme " + draft.programmeCode());
            }
            if (draft.institutionCode() != null && !draft.institutionCode().equals(programme.institutionCode())) {
                throw ProblemException.invalidField(
                        "institutionCode",
                        "programme %s belongs to %s".formatted(programme.code(), programme.institutionCode()));
            }
            return new Placement(programme.institutionCode(), programme.code());
        }
        if (draft.institutionCode() == null) {
            throw ProblemException.invalidField("institutionCode", "give the participant's institution or programme");
        }
        KnownInstitution institution = institutions.get(draft.institutionCode());
        if (institution == null || !institution.active()) {
            throw ProblemException.invalidField("institutionCode", "no active institution " + draft.institutionCode());
        }
        return new Placement(institution.code(), null);
    }
}
