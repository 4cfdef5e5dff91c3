package nl.opleidingsklimaat.survey.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.ProgrammeRef;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignAccess;

/**
 * The release rule, in one place, for every path that shows figures (report, item statistics, open answers, CSV
 * export). The COC of the programme's institution and the region's education advisor (and a platform-wide system) always read the
 * figures; the programme director and supervisors only when the report is released; nobody else.
 */
@RequestScoped
public class ReportAccess {
    public enum Level {
        /** Every figure of the programme, also below the threshold. */
        FULL,
        /** The programme side of a released report: cells under the threshold suppressed. */
        PROGRAMME_SIDE
    }

    @Inject
    CallerScope caller;

    @Inject
    CampaignAccess campaigns;

    /** The caller's level for this programme's figures; 404 when out of scope, 403 when in scope without the right. */
    public Level figures(Campaign campaign, ProgrammeReport report) {
        if (fullAccess(campaign, report)) {
            return Level.FULL;
        }
        if (programmeSide(report)) {
            if (report.released) {
                return Level.PROGRAMME_SIDE;
            }
            throw ProblemException.forbidden(
                    "No report: fewer than %d residents of %s responded, so the programme gets no figures (the COC and the education advisor do)",
                    campaign.threshold, report.programmeCode);
        }
        if (caller.maySeeProgramme(new ProgrammeRef(report.programmeCode, report.institutionCode, campaign.regionCode))) {
            throw ProblemException.forbidden(
                    "Reports are read by the COC, the region's education advisor and, once released, the programme director and supervisors");
        }
        throw ProblemException.notFound("Report of %s not found", report.programmeCode);
    }

    /** Whether the caller may see this programme's report at all (in a list), figures or not. */
    public boolean listed(Campaign campaign, ProgrammeReport report) {
        return fullAccess(campaign, report) || programmeSide(report);
    }

    public boolean fullAccess(Campaign campaign, ProgrammeReport report) {
        return campaigns.advisorOf(campaign.regionCode) || campaigns.cocOf(report.institutionCode);
    }

    /** The owners of a report: the programme's director and supervisors. */
    public boolean programmeSide(ProgrammeReport report) {
        return campaigns.programmeSideOf(report.programmeCode);
    }
}
