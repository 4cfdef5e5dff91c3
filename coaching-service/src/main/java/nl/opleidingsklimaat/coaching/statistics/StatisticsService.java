package nl.opleidingsklimaat.coaching.statistics;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.LongStream;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.intervision.IntervisionMember;
import nl.opleidingsklimaat.coaching.track.CoachingTrack;
import nl.opleidingsklimaat.coaching.track.TrackState;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;

/**
 * Uptake of coaching and intervision as counts only; every count from 1 to 3 people reads "fewer than 4"
 * ({@link nl.opleidingsklimaat.platform.privacy.SmallCells}), so nobody outside a track learns who or how few are in
 * coaching; institution totals follow the {@link Breakdown} rule against differencing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {
    @Inject
    OrganisationAccess visibility;

    public ProgrammeStatistics programme(String code) {
        return count(visibility.programme(code)).shown();
    }

    /** The institution's counts and each programme's; a total is withheld when it would give back a hidden programme's. */
    public InstitutionStatistics institution(String code) {
        visibility.institution(code);
        List<RawCounts> raw =
                ReplicatedProgramme.<ReplicatedProgramme>list("institutionCode", Sort.by("code"), code).stream()
                        .map(this::count)
                        .toList();
        long[] inCoaching = raw.stream().mapToLong(RawCounts::inCoaching).toArray();
        long[] completers = raw.stream().mapToLong(RawCounts::completers).toArray();
        long[] inIntervision = raw.stream().mapToLong(RawCounts::inIntervision).toArray();
        return new InstitutionStatistics(
                code,
                Breakdown.total(LongStream.of(inCoaching).sum(), inCoaching),
                Breakdown.total(raw.stream().mapToLong(RawCounts::completed).sum(), completers),
                Breakdown.total(LongStream.of(inIntervision).sum(), inIntervision),
                raw.stream().map(RawCounts::shown).toList());
    }

    private RawCounts count(ReplicatedProgramme programme) {
        return new RawCounts(
                programme.code,
                programme.name,
                CoachingTrack.count("programmeCode = ?1 and state in ?2", programme.code, open()),
                CoachingTrack.count("programmeCode = ?1 and state = ?2", programme.code, TrackState.COMPLETED),
                (Long) CoachingTrack.getEntityManager()
                        .createQuery(
                                "select count(distinct t.residentReference) from CoachingTrack t where t.programmeCode = :p and t.state = :s")
                        .setParameter("p", programme.code)
                        .setParameter("s", TrackState.COMPLETED)
                        .getSingleResult(),
                IntervisionMember.count("programmeCode = ?1 and active = true", programme.code));
    }

    /** Raw counts, never shown as such; {@code completers} are the people behind the completed tracks. */
    private record RawCounts(
            String code, String name, long inCoaching, long completed, long completers, long inIntervision) {
        ProgrammeStatistics shown() {
            return new ProgrammeStatistics(
                    code,
                    name,
                    SuppressedCount.of(inCoaching),
                    SuppressedCount.of(completed, completers),
                    SuppressedCount.of(inIntervision));
        }
    }

    private static List<TrackState> open() {
        return List.of(TrackState.REQUESTED, TrackState.MATCHED, TrackState.ACTIVE);
    }
}
