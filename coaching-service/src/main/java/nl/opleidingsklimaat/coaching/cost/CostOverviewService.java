package nl.opleidingsklimaat.coaching.cost;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.policy.Coachee;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.statistics.Breakdown;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import nl.opleidingsklimaat.coaching.track.CoachingTrack;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.privacy.SmallCells;

/**
 * What coaching costs each department (programme) of an institution, and what residents contribute. Supervisors'
 * tracks are kept apart: their own figures, their own small-cells rule, their own totals.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CostOverviewService {
    @Inject
    OrganisationAccess visibility;

    @Inject
    CostCalculator calculator;

    @Inject
    CoachingPolicy policy;

    /**
     * Each department's costs when they are derived from 0 or at least 4 people, otherwise only "fewer than 4"; the
     * institution's totals only under the {@link Breakdown} rule, so no total minus the shown departments gives back a
     * hidden department's EUR 150. Residents and supervisors are judged each on their own.
     */
    public InstitutionCosts institution(String code) {
        visibility.institution(code);
        List<RawCosts> raw =
                ReplicatedProgramme.<ReplicatedProgramme>list("institutionCode", Sort.by("code"), code).stream()
                        .map(this::department)
                        .toList();
        List<DepartmentCosts> departments = raw.stream().map(RawCosts::shown).toList();
        SupervisorCosts supervisorTotals = supervisorTotals(raw);
        if (!Breakdown.totalShown(peoplePerDepartment(raw, RawCosts::residents))) {
            long residents = raw.stream().mapToLong(r -> r.residents().people()).sum();
            return new InstitutionCosts(
                    code,
                    policy.ownContributionPerTrack(),
                    null,
                    null,
                    null,
                    Breakdown.rowShown(residents) ? Breakdown.TOTAL_WITHHELD : SmallCells.FEWER_THAN_MINIMUM,
                    supervisorTotals,
                    departments);
        }
        return new InstitutionCosts(
                code,
                policy.ownContributionPerTrack(),
                CoacheeCosts.sum(
                        raw.stream().map(r -> r.residents().totalFees()).toList()),
                CoacheeCosts.sum(
                        raw.stream().map(r -> r.residents().ownContributions()).toList()),
                CoacheeCosts.sum(
                        raw.stream().map(r -> r.residents().departmentShare()).toList()),
                null,
                supervisorTotals,
                departments);
    }

    private SupervisorCosts supervisorTotals(List<RawCosts> raw) {
        if (raw.stream().allMatch(r -> r.supervisors().tracks() == 0)) {
            return null;
        }
        long[] perDepartment = peoplePerDepartment(raw, RawCosts::supervisors);
        if (!Breakdown.totalShown(perDepartment)) {
            long people = raw.stream().mapToLong(r -> r.supervisors().people()).sum();
            return new SupervisorCosts(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Breakdown.rowShown(people) ? Breakdown.TOTAL_WITHHELD : SmallCells.FEWER_THAN_MINIMUM);
        }
        List<CoacheeCosts> all = raw.stream().map(RawCosts::supervisors).toList();
        return new SupervisorCosts(
                SuppressedCount.of(
                        all.stream().mapToLong(CoacheeCosts::tracks).sum(),
                        all.stream().mapToLong(CoacheeCosts::people).sum()),
                all.stream().mapToLong(CoacheeCosts::sessionsHeld).sum(),
                all.stream().mapToLong(CoacheeCosts::sessionsCancelledLate).sum(),
                CoacheeCosts.sum(all.stream().map(CoacheeCosts::totalFees).toList()),
                CoacheeCosts.sum(
                        all.stream().map(CoacheeCosts::ownContributions).toList()),
                CoacheeCosts.sum(all.stream().map(CoacheeCosts::departmentShare).toList()),
                null);
    }

    private static long[] peoplePerDepartment(List<RawCosts> raw, Function<RawCosts, CoacheeCosts> group) {
        return raw.stream().mapToLong(r -> group.apply(r).people()).toArray();
    }

    private RawCosts department(ReplicatedProgramme programme) {
        List<CoachingTrack> tracks = CoachingTrack.list("programmeCode = ?1 and coachId is not null", programme.code);
        return new RawCosts(
                programme.code,
                programme.name,
                CoacheeCosts.of(
                        tracks.stream()
                                .filter(t -> t.coachee == Coachee.RESIDENT)
                                .toList(),
                        calculator),
                CoacheeCosts.of(
                        tracks.stream()
                                .filter(t -> t.coachee == Coachee.SUPERVISOR)
                                .toList(),
                        calculator));
    }

    /** A department's costs as computed, residents and supervisors apart, never shown as such. */
    private record RawCosts(String code, String name, CoacheeCosts residents, CoacheeCosts supervisors) {
        DepartmentCosts shown() {
            return new DepartmentCosts(
                    code,
                    name,
                    SuppressedCount.of(residents.tracks(), residents.people()),
                    shownOrNull(residents, residents.sessionsHeld()),
                    shownOrNull(residents, residents.sessionsCancelledLate()),
                    shownOrNull(residents, residents.totalFees()),
                    shownOrNull(residents, residents.ownContributions()),
                    shownOrNull(residents, residents.departmentShare()),
                    supervisorsShown());
        }

        private SupervisorCosts supervisorsShown() {
            if (supervisors.tracks() == 0) {
                return null;
            }
            SuppressedCount count = SuppressedCount.of(supervisors.tracks(), supervisors.people());
            if (!Breakdown.rowShown(supervisors.people())) {
                return new SupervisorCosts(count, null, null, null, null, null, SmallCells.FEWER_THAN_MINIMUM);
            }
            return new SupervisorCosts(
                    count,
                    supervisors.sessionsHeld(),
                    supervisors.sessionsCancelledLate(),
                    supervisors.totalFees(),
                    supervisors.ownContributions(),
                    supervisors.departmentShare(),
                    null);
        }

        private static <T> T shownOrNull(CoacheeCosts group, T value) {
            return Breakdown.rowShown(group.people()) ? value : null;
        }
    }
}
