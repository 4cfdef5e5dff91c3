package nl.opleidingsklimaat.coaching.track;

import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.COACH;
import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.DIRECTOR;
import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.OFFICE;
import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.RESIDENT;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.coach.Coach;
import nl.opleidingsklimaat.coaching.coach.CoachService;
import nl.opleidingsklimaat.coaching.cost.CostCalculator;
import nl.opleidingsklimaat.coaching.cost.CostSplit;
import nl.opleidingsklimaat.coaching.policy.Coachee;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.policy.OfferType;
import nl.opleidingsklimaat.coaching.track.TrackAccess.Relation;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.coaching.CoachingEvents;
import nl.opleidingsklimaat.contracts.coaching.TrackCompleted;
import nl.opleidingsklimaat.contracts.coaching.TrackStarted;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/** Coaching tracks: a confidential request, matching to an independent coach, and the states that follow. */
@ApplicationScoped
@Transactional
public class TrackService {
    @Inject
    Preconditions preconditions;

    @Inject
    TrackAccess access;

    @Inject
    CoachingPolicy policy;

    @Inject
    CallerScope caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    CostCalculator costs;

    public TrackView request(TrackRequest request) {
        ReplicatedProgramme programme = access.programme(request.programmeCode());
        String resident = caller.personReference().orElseThrow();
        Coachee coachee = caller.hasRole(Roles.RESIDENT) ? Coachee.RESIDENT : Coachee.SUPERVISOR;
        OfferType type = policy.offerType(request.offerTypeCode())
                .orElseThrow(() -> ProblemException.invalidField(
                        "offerTypeCode", "unknown offer type " + request.offerTypeCode()));
        if (type.sessionsPerTrack() == null) {
            throw ProblemException.unprocessable("Offer type %s is not run as an individual track", type.code());
        }
        if (CoachingTrack.count(
                        "residentReference = ?1 and state in ?2",
                        resident,
                        List.of(TrackState.REQUESTED, TrackState.MATCHED, TrackState.ACTIVE))
                > 0) {
            throw ProblemException.conflict("You already have a coaching track that is not completed or cancelled");
        }
        CoachingTrack track = new CoachingTrack();
        track.residentReference = resident;
        track.coachee = coachee;
        track.programmeCode = programme.code;
        track.institutionCode = programme.institutionCode;
        track.offerTypeCode = type.code();
        track.reason = request.reason();
        track.topics = request.topics() == null ? List.of() : List.copyOf(request.topics());
        track.medicalBackgroundPreferred = Boolean.TRUE.equals(request.medicalBackgroundPreferred());
        track.sharedWithDirector = Boolean.TRUE.equals(request.shareWithDirector());
        track.state = TrackState.REQUESTED;
        track.maxSessions = type.sessionsPerTrack();
        track.requestedAt = OffsetDateTime.now();
        track.persist();
        return view(track);
    }

    public TrackView get(UUID id) {
        CoachingTrack track = access.require(id, RESIDENT, COACH, OFFICE, DIRECTOR);
        auditUnlessConcerned(track, "read-track");
        return view(track);
    }

    /** The confidential reason: the resident and the track's coach only. */
    public ReasonView reason(UUID id) {
        CoachingTrack track = access.require(id, RESIDENT, COACH);
        return new ReasonView(track.id, track.reason);
    }

    /**
     * The resident's or coach's own tracks, and the COC office's tracks of its institutions. A machine token lists
     * none (the resource refuses it): who is coached is never handed to a system. Every track shown to someone who is
     * neither its resident nor its coach is written to the audit log.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TrackView> list(TrackState state, PageRequest page) {
        String me = caller.personReference().orElse("");
        Map<String, Object> params = new HashMap<>();
        List<String> parts = new ArrayList<>();
        List<Coachee> asCoachee = java.util.Arrays.stream(Coachee.values())
                .filter(c -> caller.hasRole(c.role()))
                .toList();
        if (!asCoachee.isEmpty()) {
            parts.add("(residentReference = :me and coachee in :coachees)");
            params.put("me", me);
            params.put("coachees", asCoachee);
        }
        if (caller.hasRole(Roles.COACH)) {
            parts.add("coachId in (select c.id from Coach c where c.reference = :coach)");
            params.put("coach", me);
        }
        if (caller.hasRole(Roles.COC) && !caller.institutions().isEmpty()) {
            parts.add("institutionCode in :institutions");
            params.put("institutions", caller.institutions());
        }
        if (parts.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        StringBuilder query =
                new StringBuilder("(").append(String.join(" or ", parts)).append(')');
        if (state != null) {
            query.append(" and state = :state");
            params.put("state", state);
        }
        return Page.of(
                CoachingTrack.<CoachingTrack>find(
                        query.toString(), Sort.by("requestedAt").descending().and("id"), params),
                page,
                track -> {
                    auditUnlessConcerned(track, "list-tracks");
                    return view(track);
                });
    }

    /** Coaches who are independent of the resident, available, with a free place, best fit first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> proposals(UUID id, PageRequest page) {
        CoachingTrack track = access.require(id, RESIDENT, OFFICE);
        track.ensureAwaitsMatch();
        ReplicatedProgramme programme = ReplicatedProgramme.findById(track.programmeCode);
        List<ProposalView> all = Coach.<Coach>list("available", true).stream()
                .filter(c -> independent(c, track, programme))
                .map(c -> proposal(c, track))
                .filter(p -> p.freePlaces() > 0)
                .sorted(Comparator.comparingInt(ProposalView::score)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(ProposalView::freePlaces)
                                .reversed())
                        .thenComparing(ProposalView::name))
                .toList();
        int from = Math.min(page.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + page.size, all.size())), page, all.size());
    }

    /** The resident or the COC office confirms a coach. */
    public TrackView match(UUID id, MatchRequest request) {
        CoachingTrack track = access.require(id, RESIDENT, OFFICE);
        preconditions.honourIfMatch(track, () -> view(track));
        track.ensureMatchable();
        CoachService.find(request.coachId());
        // lock the coach so two confirmations cannot both take the last free place
        Coach coach = Coach.findById(request.coachId(), LockModeType.PESSIMISTIC_WRITE);
        if (!independent(coach, track, ReplicatedProgramme.findById(track.programmeCode))) {
            throw ProblemException.unprocessable(
                    "Coach %s is not independent of the resident: they work for institution %s or the programme",
                    coach.id, track.institutionCode);
        }
        if (!coach.available) {
            throw ProblemException.conflict("Coach %s is not available", coach.id);
        }
        if (CoachingTrack.inHandOf(coach.id) >= coach.capacity) {
            throw ProblemException.conflict("Coach %s is fully booked (%d tracks)", coach.id, coach.capacity);
        }
        track.matchTo(coach.id, coach.sessionFee, OffsetDateTime.now());
        return view(track);
    }

    /** The coach (or the COC office) starts the matched track. */
    public TrackView start(UUID id) {
        CoachingTrack track = access.require(id, COACH, OFFICE);
        preconditions.honourIfMatch(track, () -> view(track));
        track.start(OffsetDateTime.now());
        outbox.record(
                CoachingEvents.TRACK_STARTED,
                Subjects.programme(track.programmeCode),
                new TrackStarted(track.id, track.programmeCode, track.institutionCode, track.offerTypeCode, (int)
                        track.sessionsHeld()));
        return view(track);
    }

    public TrackView complete(UUID id) {
        CoachingTrack track = access.require(id, RESIDENT, COACH);
        preconditions.honourIfMatch(track, () -> view(track));
        track.complete(OffsetDateTime.now());
        cancelOpenSessions(track);
        outbox.record(
                CoachingEvents.TRACK_COMPLETED,
                Subjects.programme(track.programmeCode),
                new TrackCompleted(track.id, track.programmeCode, track.institutionCode, track.offerTypeCode, (int)
                        track.sessionsHeld()));
        return view(track);
    }

    public TrackView cancel(UUID id) {
        CoachingTrack track = access.require(id, RESIDENT, COACH, OFFICE);
        preconditions.honourIfMatch(track, () -> view(track));
        OffsetDateTime now = OffsetDateTime.now();
        boolean byResident = access.relationTo(track) == Relation.RESIDENT;
        track.cancel(now);
        // the resident who stops the track within the notice period of a booked session is billed for it, as for a
        // late cancellation of that session alone
        CoachingSession.<CoachingSession>list("trackId = ?1 and state = ?2", track.id, SessionState.BOOKED)
                .forEach(session -> session.cancel(byResident, now, policy.lateCancellation()));
        return view(track);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrackCosts costs(UUID id) {
        CoachingTrack track = access.require(id, RESIDENT, COACH, OFFICE);
        auditUnlessConcerned(track, "read-track-costs");
        long held = track.sessionsHeld();
        long late = track.sessionsCancelledLate();
        CostSplit split = costs.split(track.sessionFee, held + late, track.coachee);
        return new TrackCosts(
                track.id,
                track.programmeCode,
                held,
                late,
                track.sessionFee,
                split.total(),
                split.ownContribution(),
                split.departmentShare());
    }

    /** Never a coach who works for the resident's institution, nor the programme's own director. */
    static boolean independent(Coach coach, CoachingTrack track, ReplicatedProgramme programme) {
        if (coach.worksFor(track.institutionCode)) {
            return false;
        }
        return programme == null
                || programme.directorReference == null
                || !programme.directorReference.equals(coach.reference);
    }

    private ProposalView proposal(Coach coach, CoachingTrack track) {
        List<String> matching = coach.expertise.stream()
                .filter(e -> track.topics.stream().anyMatch(t -> t.equalsIgnoreCase(e)))
                .toList();
        int score = matching.size() * 2
                + (track.medicalBackgroundPreferred && coach.medicalBackground ? 2 : 0)
                + (coach.experienceWithResidents ? 1 : 0);
        return new ProposalView(
                coach.id,
                coach.name,
                coach.profile,
                coach.expertise,
                matching,
                coach.medicalBackground,
                coach.experienceWithResidents,
                coach.capacity - CoachingTrack.inHandOf(coach.id),
                score);
    }

    private void cancelOpenSessions(CoachingTrack track) {
        CoachingSession.update(
                "state = ?1 where trackId = ?2 and state = ?3", SessionState.CANCELLED, track.id, SessionState.BOOKED);
    }

    private void auditUnlessConcerned(CoachingTrack track, String action) {
        Relation relation = access.relationTo(track);
        if (!relation.concerned()) {
            audit.record(action, "coaching-track", track.id.toString());
        }
    }

    TrackView view(CoachingTrack track) {
        return new TrackView(
                track.id,
                track.programmeCode,
                track.institutionCode,
                track.offerTypeCode,
                track.state,
                track.coachee,
                track.residentReference,
                track.topics,
                track.medicalBackgroundPreferred,
                track.sharedWithDirector,
                track.coachId,
                track.maxSessions,
                track.sessionsBooked(),
                track.sessionsHeld(),
                track.requestedAt,
                track.matchedAt,
                track.startedAt,
                track.endedAt);
    }
}
