package nl.opleidingsklimaat.survey.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/**
 * Who may see and who may run a campaign. A campaign belongs to a region: the region's coordinator (or a machine
 * token scoped to the region) runs it; whoever has a programme, institution or the region in scope may see it. Out of
 * scope answers 404. A machine token acts only within the scope claims it carries: without any it sees nothing.
 */
@RequestScoped
public class CampaignAccess {
    @Inject
    CallerScope caller;

    public Campaign visibleCampaign(UUID id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null || !visibleRegions().contains(campaign.regionCode)) {
            throw ProblemException.notFound("Campaign %s not found", id);
        }
        return campaign;
    }

    /** The campaign, if the caller runs it: the region's coordinator or a machine token of the region. */
    public Campaign managedCampaign(UUID id) {
        Campaign campaign = visibleCampaign(id);
        if (!mayManage(campaign.regionCode)) {
            throw ProblemException.forbidden(
                    "Only the coordinator of region %s runs this campaign", campaign.regionCode);
        }
        return campaign;
    }

    public boolean mayManage(String regionCode) {
        return (caller.hasRole(Roles.REGION_COORDINATOR) || caller.isSystem()) && ownRegion(regionCode);
    }

    /** Region coordinator, education advisor or a machine token scoped to this region. */
    public boolean regionWide(String regionCode) {
        return (caller.hasRole(Roles.REGION_COORDINATOR)
                        || caller.hasRole(Roles.EDUCATION_ADVISOR)
                        || caller.isSystem())
                && ownRegion(regionCode);
    }

    /** The region's education advisor (a person: machine tokens are not advisors). */
    public boolean advisorOf(String regionCode) {
        return caller.hasRole(Roles.EDUCATION_ADVISOR) && ownRegion(regionCode);
    }

    /** COC member of this institution, or a machine token scoped to it (for counts such as response rates). */
    public boolean institutionWide(String institutionCode) {
        return (caller.hasRole(Roles.COC) || caller.isSystem())
                && caller.institutions().contains(institutionCode);
    }

    /** Programme director or supervisor of this programme, or a machine token scoped to it (for counts). */
    public boolean programmeWide(String programmeCode) {
        return (caller.hasRole(Roles.PROGRAMME_DIRECTOR) || caller.hasRole(Roles.SUPERVISOR) || caller.isSystem())
                && caller.programmes().contains(programmeCode);
    }

    private boolean ownRegion(String regionCode) {
        return caller.region().filter(regionCode::equals).isPresent();
    }

    /** Regions in which the caller has the region, an institution or a programme in scope. */
    public Set<String> visibleRegions() {
        Set<String> regions = new HashSet<>();
        boolean system = caller.isSystem();
        if (caller.hasRole(Roles.REGION_COORDINATOR) || caller.hasRole(Roles.EDUCATION_ADVISOR) || system) {
            caller.region().ifPresent(regions::add);
        }
        if (caller.hasRole(Roles.COC) || caller.hasRole(Roles.BOARD) || system) {
            for (String institution : caller.institutions()) {
                ReplicatedInstitution.<ReplicatedInstitution>findByIdOptional(institution)
                        .ifPresent(i -> regions.add(i.regionCode));
                ReplicatedProgramme.<ReplicatedProgramme>find("institutionCode", institution).stream()
                        .forEach(p -> regions.add(p.regionCode));
            }
        }
        if (caller.hasRole(Roles.PROGRAMME_DIRECTOR)
                || caller.hasRole(Roles.SUPERVISOR)
                || caller.hasRole(Roles.RESIDENT)
                || system) {
            for (String programme : caller.programmes()) {
                ReplicatedProgramme.<ReplicatedProgramme>findByIdOptional(programme)
                        .ifPresent(p -> regions.add(p.regionCode));
            }
        }
        return regions;
    }

    public CallerScope caller() {
        return caller;
    }
}
