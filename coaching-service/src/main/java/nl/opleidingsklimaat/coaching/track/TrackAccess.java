package nl.opleidingsklimaat.coaching.track;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.coach.Coach;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/**
 * Who the caller is to a track. The resident and the track's coach are the people concerned; the COC office of the
 * institution organises tracks but never reads the reason or notes; a programme director sees a track only when the
 * resident chose to share it. Everyone else gets 404, machine tokens included, whatever their scope.
 */
@ApplicationScoped
public class TrackAccess {
    public enum Relation {
        /** The coached person: the resident, or the supervisor of a supervisor's track. */
        RESIDENT,
        COACH,
        OFFICE,
        DIRECTOR,
        NONE;

        public boolean concerned() {
            return this == RESIDENT || this == COACH;
        }
    }

    @Inject
    CallerScope caller;

    @Inject
    OrganisationAccess visibility;

    public Relation relationTo(CoachingTrack track) {
        String me = caller.personReference().orElse("");
        if (caller.hasRole(track.coachee.role()) && track.residentReference.equals(me)) {
            return Relation.RESIDENT;
        }
        if (caller.hasRole(Roles.COACH) && track.coachId != null) {
            Coach coach = Coach.findById(track.coachId);
            if (coach != null && coach.reference.equals(me)) {
                return Relation.COACH;
            }
        }
        if (visibility.isOffice(track.institutionCode)) {
            return Relation.OFFICE;
        }
        if (track.sharedWithDirector
                && caller.hasRole(Roles.PROGRAMME_DIRECTOR)
                && caller.programmes().contains(track.programmeCode)) {
            return Relation.DIRECTOR;
        }
        return Relation.NONE;
    }

    /** The track, if the caller has one of the given relations to it; otherwise 404. */
    public CoachingTrack require(UUID id, Relation... allowed) {
        CoachingTrack track = CoachingTrack.findById(id);
        if (track != null) {
            Relation relation = relationTo(track);
            for (Relation r : allowed) {
                if (r == relation) {
                    return track;
                }
            }
        }
        throw ProblemException.notFound("Track %s not found", id);
    }

    /** Whether the caller may read this programme's data at all (used for the programme of a new request). */
    public ReplicatedProgramme programme(String code) {
        return visibility.programme(code);
    }
}
