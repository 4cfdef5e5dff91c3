package nl.opleidingsklimaat.events.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import nl.opleidingsklimaat.events.trainingevent.OrganiserAccess;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import nl.opleidingsklimaat.platform.security.CallerScope;

/**
 * Who may read or act on a registration (name, BIG number, attendance, certificate, workshop choices): its owner, a
 * person who organises the event, and a machine token whose scope claims hold the participant. A machine never sees
 * participants outside its scope, not even at an event it organises: an institution's system sees its own
 * institution's participants, a region's system its region's, a programme-scoped system its programmes'.
 */
@RequestScoped
public class ParticipantAccess {
    @Inject
    CallerScope caller;

    @Inject
    OrganiserAccess organisers;

    private ParticipantScope machineScope;

    public boolean isOwner(Registration registration) {
        return caller.personReference()
                .filter(registration.personReference::equals)
                .isPresent();
    }

    /** The owner, the event's organisers as persons, or a machine whose scope holds the participant. */
    public boolean mayRead(Registration registration, TrainingEvent event) {
        return isOwner(registration) || organisers.managesAsPerson(event) || machineHolds(registration);
    }

    /** Organiser work on one registration (attendance): a person organising the event, or a machine organising it for its own participant. */
    public boolean mayOrganiseFor(Registration registration, TrainingEvent event) {
        return organisers.managesAsPerson(event) || (organisers.mayManage(event) && machineHolds(registration));
    }

    /** A machine acting for one of its own participants (registering, confirming, choosing workshops). */
    public boolean machineHolds(Registration registration) {
        return caller.isSystem() && machineScope().holds(registration.institutionCode, registration.programmeCode);
    }

    public boolean machineHolds(String institutionCode, String programmeCode) {
        return caller.isSystem() && machineScope().holds(institutionCode, programmeCode);
    }

    /**
     * What of an event's registrations the caller may list once they organise it: all for a person organiser, only
     * the machine's own participants for a machine token.
     */
    public ParticipantScope listable(TrainingEvent event) {
        return organisers.managesAsPerson(event) ? ParticipantScope.EVERYONE : machineScope();
    }

    private ParticipantScope machineScope() {
        if (machineScope == null) {
            Set<String> institutions = new HashSet<>(caller.institutions());
            caller.region()
                    .ifPresent(region -> ReplicatedInstitution.<ReplicatedInstitution>list("regionCode", region)
                            .forEach(i -> institutions.add(i.code)));
            machineScope = new ParticipantScope(false, Set.copyOf(institutions), Set.copyOf(caller.programmes()));
        }
        return machineScope;
    }
}
