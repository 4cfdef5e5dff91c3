package nl.opleidingsklimaat.coaching.cost;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import nl.opleidingsklimaat.coaching.api.Visibility;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import nl.opleidingsklimaat.coaching.track.CoachingTrack;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What coaching costs each department (programme) of an institution, and what residents contribute. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CostOverviewService {
    @Inject
    Visibility visibility;

    @Inject
    CostCalculator calculator;

    @Inject
    CoachingPolicy policy;

    public InstitutionCosts institution(String code) {
        visibility.institution(code);
        List<DepartmentCosts> departments = ReplicatedProgramme.<ReplicatedProgramme>list("institutionCode", Sort.by("code"), code).stream()
                .map(this::department).toList();
        return new InstitutionCosts(code, policy.ownContributionPerTrack(),
                sum(departments.stream().map(DepartmentCosts::totalFees).toList()),
                sum(departments.stream().map(DepartmentCosts::ownContributions).toList()),
                sum(departments.stream().map(DepartmentCosts::departmentShare).toList()),
                departments);
    }

    private DepartmentCosts department(ReplicatedProgramme programme) {
        List<CoachingTrack> tracks = CoachingTrack.list("programmeCode = ?1 and coachId is not null", programme.code);
        long sessions = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal own = BigDecimal.ZERO.setScale(2);
        BigDecimal department = BigDecimal.ZERO.setScale(2);
        for (CoachingTrack track : tracks) {
            long held = track.sessionsHeld();
            CostCalculator.Split split = calculator.split(track.sessionFee, held);
            sessions += held;
            total = total.add(split.total());
            own = own.add(split.ownContribution());
            department = department.add(split.departmentShare());
        }
        return new DepartmentCosts(programme.code, programme.name, SuppressedCount.of(tracks.size(), policy.minimumCountShown()), sessions,
                total, own, department);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public record DepartmentCosts(String programmeCode, String programmeName,
            @Schema(description = "Tracks with a coach; below 4 shown as \"fewer than 4\"") SuppressedCount tracks,
            long sessionsHeld,
            @Schema(example = "1500.00") BigDecimal totalFees,
            @Schema(description = "Own contributions of the residents (EUR 150 per track at most)", example = "300.00") BigDecimal ownContributions,
            @Schema(description = "What the department pays: the rest of the coaches' fees for sessions held", example = "1200.00") BigDecimal departmentShare) {
    }

    public record InstitutionCosts(String institutionCode, BigDecimal ownContributionPerTrack, BigDecimal totalFees, BigDecimal ownContributions,
            BigDecimal departmentShare, List<DepartmentCosts> departments) {
    }
}
