package nl.opleidingsklimaat.survey.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.ProgrammeRef;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.instrument.InstrumentKind;

/**
 * The release rule, in one place, for every path that shows figures (report, item statistics, open answers, CSV
 * export) and for the audiences its events carry: {@link #audiences} names the roles that may read a report, and
 * {@link #figures} lets a caller read it only through one of those roles, so what the events promise other services and
 * what this service allows cannot drift apart.
 *
 * <p>The COC of the programme's institution and the region's education advisor always read every figure; the
 * programme director and supervisors, and machine tokens scoped to the programme (its programme, institution or
 * region), read a released report with the small cells suppressed; nobody else, and no machine token ever reads a
 * withheld report.
 */
@RequestScoped
public class ReportAccess {
    public enum Level {
        /** Every figure of the programme, also below the threshold. */
        FULL,
        /** The programme side of a released report: cells under the threshold suppressed. */
        PROGRAMME_SIDE
    }

    private static final List<String> FULL_ACCESS = List.of(Roles.COC, Roles.EDUCATION_ADVISOR);
    private static final List<String> OWNERS = List.of(Roles.PROGRAMME_DIRECTOR, Roles.SUPERVISOR);

    @Inject
    CallerScope caller;

    /**
     * The roles that may read a programme's report of this kind: released, the programme side, the COC, the education
     * advisor and machine tokens within their scope; withheld, the COC and the education advisor only. The wellbeing
     * thermometer follows the same rule as the Opleidingsmonitor (the region's coordinator reads neither).
     */
    public static List<String> audiences(InstrumentKind kind, boolean released) {
        return switch (kind) {
            case TRAINING_CLIMATE, WELLBEING ->
                released
                        ? List.of(
                                Roles.PROGRAMME_DIRECTOR,
                                Roles.SUPERVISOR,
                                Roles.COC,
                                Roles.EDUCATION_ADVISOR,
                                Roles.SYSTEM)
                        : List.of(Roles.COC, Roles.EDUCATION_ADVISOR);
        };
    }

    /** The caller's level for this programme's figures; 404 when out of scope, 403 when in scope without the right. */
    public Level figures(Campaign campaign, InstrumentKind kind, ProgrammeReport report) {
        Optional<Level> level = level(campaign, kind, report);
        if (level.isPresent()) {
            return level.get();
        }
        if (!readerRoles(campaign, report).isEmpty()) {
            throw ProblemException.forbidden(
                    "No report: fewer than %d residents of %s responded, so the programme gets no figures (the COC and the education advisor do)",
                    campaign.threshold, report.programmeCode);
        }
        if (caller.maySeeProgramme(
                new ProgrammeRef(report.programmeCode, report.institutionCode, campaign.regionCode))) {
            throw ProblemException.forbidden(
                    "Reports are read by the COC, the region's education advisor and, once released, the programme director and supervisors");
        }
        throw ProblemException.notFound("Report of %s not found", report.programmeCode);
    }

    /**
     * The caller's level for this programme's figures, or empty where they may not read them (no exception): for what
     * is shown beside another report, such as an earlier year's theme scores.
     */
    public Optional<Level> level(Campaign campaign, InstrumentKind kind, ProgrammeReport report) {
        Set<String> readers = readerRoles(campaign, report);
        readers.retainAll(audiences(kind, report.released));
        if (readers.stream().anyMatch(FULL_ACCESS::contains)) {
            return Optional.of(Level.FULL);
        }
        return readers.isEmpty() ? Optional.empty() : Optional.of(Level.PROGRAMME_SIDE);
    }

    /**
     * The caller's level for an earlier year's report of a programme: as a reader of that report, or, for a resident
     * of the programme, its released summary (programme side).
     */
    public Optional<Level> earlierYear(Campaign campaign, ProgrammeReport report) {
        if (residentOf(report) && report.released) {
            return Optional.of(Level.PROGRAMME_SIDE);
        }
        return level(campaign, campaign.instrument().kind, report);
    }

    /** Whether the caller sees this programme's report in a list at all (figures or not). */
    public boolean listed(Campaign campaign, ProgrammeReport report) {
        return !readerRoles(campaign, report).isEmpty();
    }

    /** Whether the caller reads this report's counts (in a list): a reader of its figures. */
    public boolean countsShown(Campaign campaign, InstrumentKind kind, ProgrammeReport report) {
        Set<String> readers = readerRoles(campaign, report);
        readers.retainAll(audiences(kind, report.released));
        return !readers.isEmpty();
    }

    /** The owners of a report: the programme's director and supervisors (their own reads are not audited). */
    public boolean owner(Campaign campaign, ProgrammeReport report) {
        return readerRoles(campaign, report).stream().anyMatch(OWNERS::contains);
    }

    /** A COC member of the programme's institution (a person): the one who reviews open answers. */
    public boolean cocOf(ProgrammeReport report) {
        return caller.hasRole(Roles.COC) && caller.institutions().contains(report.institutionCode);
    }

    /**
     * A resident of the programme reads its released summary (403 while withheld, as for the programme side); anyone
     * else needs to be a reader of the report itself.
     */
    public boolean residentOf(ProgrammeReport report) {
        return caller.hasRole(Roles.RESIDENT) && caller.programmes().contains(report.programmeCode);
    }

    /** The institution-wide overview is the COC's: 404 outside the caller's scope, 403 for another role in it. */
    public void requireCocOf(String institutionCode) {
        if (!caller.institutions().contains(institutionCode)) {
            throw ProblemException.notFound("Institution %s not found", institutionCode);
        }
        if (!caller.hasRole(Roles.COC)) {
            throw ProblemException.forbidden("The overview of an institution's programmes is for its COC");
        }
    }

    /** The roles through which the caller's scope covers this report, whatever its state. */
    private Set<String> readerRoles(Campaign campaign, ProgrammeReport report) {
        Set<String> roles = new LinkedHashSet<>();
        boolean ownRegion = caller.region().filter(campaign.regionCode::equals).isPresent();
        boolean ownInstitution = caller.institutions().contains(report.institutionCode);
        boolean ownProgramme = caller.programmes().contains(report.programmeCode);
        if (caller.hasRole(Roles.COC) && ownInstitution) {
            roles.add(Roles.COC);
        }
        if (caller.hasRole(Roles.EDUCATION_ADVISOR) && ownRegion) {
            roles.add(Roles.EDUCATION_ADVISOR);
        }
        for (String owner : OWNERS) {
            if (caller.hasRole(owner) && ownProgramme) {
                roles.add(owner);
            }
        }
        if (caller.isSystem() && (ownRegion || ownInstitution || ownProgramme)) {
            roles.add(Roles.SYSTEM);
        }
        return roles;
    }
}
