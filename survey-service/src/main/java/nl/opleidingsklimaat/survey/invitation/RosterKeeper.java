package nl.opleidingsklimaat.survey.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignAccess;

/**
 * The rule that keeps anyone from padding a programme over the threshold: the roster freezes when the campaign opens.
 * Before opening the campaign's coordinator imports it; after opening only the region's education advisor, a second
 * person who does not run the campaign, may add an invitation, which is marked late and counted on the report. Every
 * change is written to the audit log with its count, per programme.
 */
@RequestScoped
public class RosterKeeper {
    @Inject
    CampaignAccess access;

    @Inject
    AuditLog audit;

    /** The campaign, if the caller may add invitations to it now; otherwise the problem that says who may and when. */
    Campaign campaignToAddTo(UUID campaignId) {
        Campaign campaign = access.visibleCampaign(campaignId);
        boolean runsIt = access.mayManage(campaign.regionCode);
        boolean advisor = access.advisorOf(campaign.regionCode);
        RosterAddition.permitted(campaign, runsIt, advisor, access.caller().hasRole(Roles.REGION_COORDINATOR));
        return campaign;
    }

    /** One audit entry per programme: {@code <campaign>/<programme>/<count>}, as an import or a late addition. */
    void audit(Campaign campaign, List<Invitation> added) {
        Map<String, Integer> perProgramme = new TreeMap<>();
        added.forEach(i -> perProgramme.merge(i.programmeCode, 1, Integer::sum));
        String action = RosterAddition.during(campaign).auditAction();
        perProgramme.forEach((programme, count) ->
                audit.record(action, "campaign-roster", campaign.id + "/" + programme + "/" + count));
    }
}
