package nl.opleidingsklimaat.coaching.statistics;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.opleidingsklimaat.coaching.api.Visibility;
import nl.opleidingsklimaat.coaching.intervision.IntervisionMember;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.track.CoachingTrack;
import nl.opleidingsklimaat.coaching.track.TrackState;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Uptake of coaching and intervision as counts only; every count below the minimum (4) reads "fewer than 4", so
 * nobody outside a track learns who or how few are in coaching.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {
    @Inject
    Visibility visibility;

    @Inject
    CoachingPolicy policy;

    public ProgrammeStatistics programme(String code) {
        return statistics(visibility.programme(code));
    }

    public InstitutionStatistics institution(String code) {
        visibility.institution(code);
        List<RawCounts> raw = ReplicatedProgramme.<ReplicatedProgramme>list("institutionCode", Sort.by("code"), code).stream()
                .map(this::count).toList();
        int min = policy.minimumCountShown();
        return new InstitutionStatistics(code,
                total(raw.stream().mapToLong(RawCounts::inCoaching).toArray(), min),
                total(raw.stream().mapToLong(RawCounts::completed).toArray(), min),
                total(raw.stream().mapToLong(RawCounts::inIntervision).toArray(), min),
                raw.stream().map(r -> r.shown(min)).toList());
    }

    /**
     * An institution total, unless subtracting the programmes' shown counts from it would reveal a group of 1 to 3
     * (the programmes whose counts read "fewer than 4" together hold 1 to 3 residents).
     */
    static SuppressedCount total(long[] perProgramme, int min) {
        long total = 0;
        long hidden = 0;
        for (long count : perProgramme) {
            total += count;
            hidden += count < min ? count : 0;
        }
        if (hidden > 0 && hidden < min) {
            return new SuppressedCount(null, "not shown: it would reveal a programme with fewer than " + min);
        }
        return SuppressedCount.of(total, min);
    }

    private ProgrammeStatistics statistics(ReplicatedProgramme programme) {
        return count(programme).shown(policy.minimumCountShown());
    }

    private RawCounts count(ReplicatedProgramme programme) {
        return new RawCounts(programme.code, programme.name,
                CoachingTrack.count("programmeCode = ?1 and state in ?2", programme.code, open()),
                CoachingTrack.count("programmeCode = ?1 and state = ?2", programme.code, TrackState.COMPLETED),
                IntervisionMember.count("programmeCode = ?1 and active = true", programme.code));
    }

    private record RawCounts(String code, String name, long inCoaching, long completed, long inIntervision) {
        ProgrammeStatistics shown(int min) {
            return new ProgrammeStatistics(code, name, SuppressedCount.of(inCoaching, min), SuppressedCount.of(completed, min),
                    SuppressedCount.of(inIntervision, min));
        }
    }

    private static List<TrackState> open() {
        return List.of(TrackState.REQUESTED, TrackState.MATCHED, TrackState.ACTIVE);
    }

    public record ProgrammeStatistics(String programmeCode, String programmeName,
            @Schema(description = "Residents with a requested, matched or active track") SuppressedCount residentsInCoaching,
            SuppressedCount tracksCompleted,
            @Schema(description = "Residents in an intervision group that is not closed") SuppressedCount residentsInIntervision) {
    }

    public record InstitutionStatistics(String institutionCode, SuppressedCount residentsInCoaching, SuppressedCount tracksCompleted,
            SuppressedCount residentsInIntervision, List<ProgrammeStatistics> programmes) {
    }
}
