package nl.opleidingsklimaat.events.trainingevent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/**
 * Who organises what: an institution's events are managed by its COC, a region's events by the region's
 * coordinators and education advisors. A machine token ({@code system}) acts only within the scope claims it carries:
 * one scoped to an institution organises that institution's events, one scoped to a region the events organised in
 * that region; a machine token without any scope claim sees nothing, not even published events. A draft is seen by
 * its organisers only; others get 404, as if it did not exist.
 */
@RequestScoped
public class OrganiserAccess {
    @Inject
    CallerScope caller;

    public boolean mayOrganiseForInstitution(String institutionCode, String regionCode) {
        return (caller.hasRole(Roles.COC) && caller.institutions().contains(institutionCode))
                || (caller.isSystem() && caller.maySeeInstitution(institutionCode, regionCode));
    }

    public boolean mayOrganiseForRegion(String regionCode) {
        return personOrganisesForRegion(regionCode) || (caller.isSystem() && caller.maySeeRegion(regionCode));
    }

    public boolean mayManage(TrainingEvent event) {
        return mayManage(event.organiserInstitutionCode, event.organiserRegionCode);
    }

    /** For an event organised by the institution, else by the region. */
    public boolean mayManage(String organiserInstitutionCode, String organiserRegionCode) {
        return organiserInstitutionCode != null
                ? mayOrganiseForInstitution(organiserInstitutionCode, organiserRegionCode)
                : mayOrganiseForRegion(organiserRegionCode);
    }

    /** The caller organises the event as a person (COC, coordinator, advisor), not only through a machine token. */
    public boolean managesAsPerson(TrainingEvent event) {
        return event.organiserInstitutionCode != null
                ? caller.hasRole(Roles.COC) && caller.institutions().contains(event.organiserInstitutionCode)
                : personOrganisesForRegion(event.organiserRegionCode);
    }

    /**
     * A machine token without any scope claim: it is refused everything, published events included. (A person's token
     * without scope still sees published events and their own registrations.)
     */
    public boolean isUnscopedMachine() {
        return caller.isSystem()
                && caller.institutions().isEmpty()
                && caller.programmes().isEmpty()
                && caller.region().isEmpty();
    }

    public boolean maySee(TrainingEvent event) {
        return (event.status != TrainingEventStatus.DRAFT && !isUnscopedMachine()) || mayManage(event);
    }

    /** The event if the caller may see it; 404 otherwise. */
    public TrainingEvent visible(UUID id) {
        TrainingEvent event = TrainingEvent.findById(id);
        if (event == null || !maySee(event)) {
            throw notFound(id);
        }
        return event;
    }

    /**
     * The event if the caller organises it: 404 when they may not see it, or when a machine token's scope does not
     * cover it (out of scope is absent, for machines); 403 when a person sees it but does not organise it.
     */
    public TrainingEvent managed(TrainingEvent event) {
        if (!maySee(event)) {
            throw notFound(event.id);
        }
        if (!mayManage(event)) {
            if (caller.isSystem()) {
                throw notFound(event.id);
            }
            throw ProblemException.forbidden("Only the organisers of training event %s may do this", event.id);
        }
        return event;
    }

    public TrainingEvent managed(UUID id) {
        TrainingEvent event = TrainingEvent.findById(id);
        if (event == null) {
            throw notFound(id);
        }
        return managed(event);
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Training event %s not found", id);
    }

    private boolean personOrganisesForRegion(String regionCode) {
        return (caller.hasRole(Roles.REGION_COORDINATOR) || caller.hasRole(Roles.EDUCATION_ADVISOR))
                && caller.region().filter(regionCode::equals).isPresent();
    }
}
