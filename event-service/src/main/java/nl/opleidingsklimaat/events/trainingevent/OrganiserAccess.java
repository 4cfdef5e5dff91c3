package nl.opleidingsklimaat.events.trainingevent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/**
 * Who organises what: an institution's events are managed by its COC, a region's events by the region's
 * coordinators and education advisors; machine tokens ({@code system}) manage all. A draft is seen by its organisers
 * only; others get 404, as if it did not exist.
 */
@RequestScoped
public class OrganiserAccess {
    @Inject
    CallerScope caller;

    public boolean mayOrganiseForInstitution(String institutionCode) {
        return caller.isSystem() || (caller.hasRole(Roles.COC) && caller.institutions().contains(institutionCode));
    }

    public boolean mayOrganiseForRegion(String regionCode) {
        return caller.isSystem() || ((caller.hasRole(Roles.REGION_COORDINATOR) || caller.hasRole(Roles.EDUCATION_ADVISOR))
                && caller.region().filter(regionCode::equals).isPresent());
    }

    public boolean mayManage(TrainingEvent event) {
        return mayManage(event.organiserInstitutionCode, event.organiserRegionCode);
    }

    /** For an event organised by the institution, else by the region. */
    public boolean mayManage(String organiserInstitutionCode, String organiserRegionCode) {
        return organiserInstitutionCode != null ? mayOrganiseForInstitution(organiserInstitutionCode) : mayOrganiseForRegion(organiserRegionCode);
    }

    public boolean maySee(TrainingEvent event) {
        return event.status != TrainingEventStatus.DRAFT || mayManage(event);
    }

    /** The event if the caller may see it; 404 otherwise. */
    public TrainingEvent visible(UUID id) {
        TrainingEvent event = TrainingEvent.findById(id);
        if (event == null || !maySee(event)) {
            throw notFound(id);
        }
        return event;
    }

    /** The event if the caller organises it: 404 when they may not see it, 403 when they see it but do not organise it. */
    public TrainingEvent managed(TrainingEvent event) {
        if (!maySee(event)) {
            throw notFound(event.id);
        }
        if (!mayManage(event)) {
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
}
