package nl.opleidingsklimaat.coaching.coach;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.conflict.UniqueRows;
import nl.opleidingsklimaat.coaching.track.CoachingTrack;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/** The pool of coaches, organised centrally by the COC office. */
@ApplicationScoped
@Transactional
public class CoachService {
    @Inject
    Preconditions preconditions;

    @Inject
    CallerScope caller;

    @Inject
    OrganisationAccess visibility;

    public CoachView register(CoachRequest request) {
        if (!caller.hasRole(Roles.COC) && !machineInScope(request.institutions())) {
            throw ProblemException.forbidden(
                    "A machine token registers only coaches who work for an institution in its scope");
        }
        if (Coach.byReference(request.reference()).isPresent()) {
            throw ProblemException.conflict("A coach with reference %s already exists", request.reference());
        }
        Coach coach = new Coach();
        coach.reference = request.reference();
        coach.name = request.name();
        coach.profile = request.profile();
        coach.expertise = List.copyOf(request.expertise());
        coach.experienceWithResidents = request.experienceWithResidents();
        coach.medicalBackground = request.medicalBackground();
        coach.institutions = List.copyOf(request.institutions());
        coach.capacity = request.capacity();
        coach.available = request.available();
        coach.sessionFee = request.sessionFee();
        UniqueRows.persist(coach, "A coach with reference " + request.reference() + " already exists");
        return view(coach);
    }

    /** Availability and capacity: the coach themself, the COC office, or a system whose scope covers the coach's institution. */
    public CoachView changeAvailability(UUID id, AvailabilityRequest request) {
        Coach coach = find(id);
        boolean self = caller.hasRole(Roles.COACH)
                && caller.personReference().filter(coach.reference::equals).isPresent();
        if (!self && !caller.hasRole(Roles.COC) && !machineInScope(coach.institutions)) {
            throw ProblemException.notFound("Coach %s not found", id);
        }
        preconditions.honourIfMatch(coach, () -> view(coach));
        long inHand = CoachingTrack.inHandOf(coach.id);
        if (request.capacity() < inHand) {
            throw ProblemException.conflict(
                    "Coach %s has %d tracks in hand; capacity cannot go below that", id, inHand);
        }
        coach.available = request.available();
        coach.capacity = request.capacity();
        return view(coach);
    }

    /** A machine token acts only within its scope claims: for a coach who works for an institution in that scope. */
    private boolean machineInScope(List<String> institutions) {
        return caller.isSystem() && institutions.stream().anyMatch(i -> visibility.maySeeInstitution(i, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoachView get(UUID id) {
        return view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CoachView> list(Boolean available, PageRequest page) {
        if (available == null) {
            return Page.of(Coach.findAll(Sort.by("name")), page, this::view);
        }
        return Page.of(Coach.find("available", Sort.by("name"), available), page, this::view);
    }

    public static Coach find(UUID id) {
        Coach coach = Coach.findById(id);
        if (coach == null) {
            throw ProblemException.notFound("Coach %s not found", id);
        }
        return coach;
    }

    public CoachView view(Coach coach) {
        return new CoachView(
                coach.id,
                coach.reference,
                coach.name,
                coach.profile,
                coach.expertise,
                coach.experienceWithResidents,
                coach.medicalBackground,
                coach.institutions,
                coach.capacity,
                CoachingTrack.inHandOf(coach.id),
                coach.available,
                coach.sessionFee);
    }
}
