package nl.opleidingsklimaat.coaching.cost;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.statistics.Breakdown;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import nl.opleidingsklimaat.coaching.track.CoachingTrack;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.privacy.SmallCells;

/** What coaching costs each department (programme) of an institution, and what residents contribute. */
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
     * Each department's costs when they are derived from 0 or at least 4 residents, otherwise only "fewer than 4"; the
     * institution's totals only under the {@link Breakdown} rule, so no total minus the shown departments gives back a
     * hidden department's EUR 150.
     */
    public InstitutionCosts institution(String code) {
        visibility.institution(code);
        List<RawCosts> raw =
                ReplicatedProgramme.<ReplicatedProgramme>list("institutionCode", Sort.by("code"), code).stream()
                        .map(this::department)
                        .toList();
        List<DepartmentCosts> departments = raw.stream().map(RawCosts::shown).toList();
        if (!Breakdown.totalShown(raw.stream().mapToLong(RawCosts::residents).toArray())) {
            long residents = raw.stream().mapToLong(RawCosts::residents).sum();
            return new InstitutionCosts(
                    code,
                    policy.ownContributionPerTrack(),
                    null,
                    null,
                    null,
                    Breakdown.rowShown(residents) ? Breakdown.TOTAL_WITHHELD : SmallCells.FEWER_THAN_MINIMUM,
                    departments);
        }
        return new InstitutionCosts(
                code,
                policy.ownContributionPerTrack(),
                sum(raw.stream().map(RawCosts::totalFees).toList()),
                sum(raw.stream().map(RawCosts::ownContributions).toList()),
                sum(raw.stream().map(RawCosts::departmentShare).toList()),
                null,
                departments);
    }

    private RawCosts department(ReplicatedProgramme programme) {
        List<CoachingTrack> tracks = CoachingTrack.list("programmeCode = ?1 and coachId is not null", programme.code);
        long sessions = 0;
        long late = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal own = BigDecimal.ZERO.setScale(2);
        BigDecimal department = BigDecimal.ZERO.setScale(2);
        for (CoachingTrack track : tracks) {
            long held = track.sessionsHeld();
            long cancelledLate = track.sessionsCancelledLate();
            CostSplit split = calculator.split(track.sessionFee, held + cancelledLate);
            sessions += held;
            late += cancelledLate;
            total = total.add(split.total());
            own = own.add(split.ownContribution());
            department = department.add(split.departmentShare());
        }
        long residents =
                tracks.stream().map(t -> t.residentReference).distinct().count();
        return new RawCosts(
                programme.code, programme.name, tracks.size(), residents, sessions, late, total, own, department);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** A department's costs as computed, never shown as such: {@code residents} are the people they derive from. */
    private record RawCosts(
            String code,
            String name,
            long tracks,
            long residents,
            long sessionsHeld,
            long sessionsCancelledLate,
            BigDecimal totalFees,
            BigDecimal ownContributions,
            BigDecimal departmentShare) {
        DepartmentCosts shown() {
            if (!Breakdown.rowShown(residents)) {
                return new DepartmentCosts(
                        code, name, SuppressedCount.of(tracks, residents), null, null, null, null, null);
            }
            return new DepartmentCosts(
                    code,
                    name,
                    SuppressedCount.of(tracks, residents),
                    sessionsHeld,
                    sessionsCancelledLate,
                    totalFees,
                    ownContributions,
                    departmentShare);
        }
    }
}
