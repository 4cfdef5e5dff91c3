package nl.opleidingsklimaat.coaching.statistics;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.LongStream;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.intervision.IntervisionMember;
import nl.opleidingsklimaat.coaching.intervision.ParticipantKind;
import nl.opleidingsklimaat.coaching.policy.Coachee;
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
        long[] supervisorsInCoaching =
                raw.stream().mapToLong(RawCounts::supervisorsInCoaching).toArray();
        long[] supervisorCompleters =
                raw.stream().mapToLong(RawCounts::supervisorCompleters).toArray();
        long[] supervisorsInIntervision =
                raw.stream().mapToLong(RawCounts::supervisorsInIntervision).toArray();
        return new InstitutionStatistics(
                code,
                Breakdown.total(LongStream.of(inCoaching).sum(), inCoaching),
                Breakdown.total(raw.stream().mapToLong(RawCounts::completed).sum(), completers),
                Breakdown.total(LongStream.of(inIntervision).sum(), inIntervision),
                Breakdown.total(LongStream.of(supervisorsInCoaching).sum(), supervisorsInCoaching),
                Breakdown.total(
                        raw.stream()
                                .mapToLong(RawCounts::supervisorTracksCompleted)
                                .sum(),
                        supervisorCompleters),
                Breakdown.total(LongStream.of(supervisorsInIntervision).sum(), supervisorsInIntervision),
                raw.stream().map(RawCounts::shown).toList());
    }

    private RawCounts count(ReplicatedProgramme programme) {
        return new RawCounts(
                programme.code,
                programme.name,
                inCoaching(programme.code, Coachee.RESIDENT),
                completed(programme.code, Coachee.RESIDENT),
                completers(programme.code, Coachee.RESIDENT),
                inIntervision(programme.code, false),
                inCoaching(programme.code, Coachee.SUPERVISOR),
                completed(programme.code, Coachee.SUPERVISOR),
                completers(programme.code, Coachee.SUPERVISOR),
                inIntervision(programme.code, true));
    }

    private static long inCoaching(String programme, Coachee coachee) {
        return CoachingTrack.count("programmeCode = ?1 and coachee = ?2 and state in ?3", programme, coachee, open());
    }

    private static long completed(String programme, Coachee coachee) {
        return CoachingTrack.count(
                "programmeCode = ?1 and coachee = ?2 and state = ?3", programme, coachee, TrackState.COMPLETED);
    }

    private static long completers(String programme, Coachee coachee) {
        return (Long) CoachingTrack.getEntityManager()
                .createQuery("select count(distinct t.residentReference) from CoachingTrack t"
                        + " where t.programmeCode = :p and t.coachee = :c and t.state = :s")
                .setParameter("p", programme)
                .setParameter("c", coachee)
                .setParameter("s", TrackState.COMPLETED)
                .getSingleResult();
    }

    /** Active members of groups that are not of supervisors (residents and students), or of supervisors' groups. */
    private static long inIntervision(String programme, boolean supervisors) {
        return IntervisionMember.count(
                "programmeCode = ?1 and active = true and groupId "
                        + (supervisors ? "in" : "not in")
                        + " (select g.id from IntervisionGroup g where g.participantKind = ?2)",
                programme,
                ParticipantKind.SUPERVISORS);
    }

    /** Raw counts, never shown as such; {@code completers} are the people behind the completed tracks. */
    private record RawCounts(
            String code,
            String name,
            long inCoaching,
            long completed,
            long completers,
            long inIntervision,
            long supervisorsInCoaching,
            long supervisorTracksCompleted,
            long supervisorCompleters,
            long supervisorsInIntervision) {
        ProgrammeStatistics shown() {
            return new ProgrammeStatistics(
                    code,
                    name,
                    SuppressedCount.of(inCoaching),
                    SuppressedCount.of(completed, completers),
                    SuppressedCount.of(inIntervision),
                    SuppressedCount.of(supervisorsInCoaching),
                    SuppressedCount.of(supervisorTracksCompleted, supervisorCompleters),
                    SuppressedCount.of(supervisorsInIntervision));
        }
    }

    private static List<TrackState> open() {
        return List.of(TrackState.REQUESTED, TrackState.MATCHED, TrackState.ACTIVE);
    }
}
