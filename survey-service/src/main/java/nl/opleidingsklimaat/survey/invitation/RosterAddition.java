package nl.opleidingsklimaat.survey.invitation;

import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.survey.campaign.Campaign;

/**
 * The roster rule, without the database: who may add invitations to a campaign in which state, and whether they are
 * late. Before opening the campaign's coordinator imports the roster; once it is open the roster is frozen for whoever
 * runs the campaign, and only the region's education advisor (a second person, who is not also a coordinator) adds
 * invitations, which are marked late. Nothing is added after closing.
 */
enum RosterAddition {
    /** The roster imported before opening; mailed at opening. */
    IMPORT("roster-import"),
    /** An invitation added after opening; marked late on the report and mailed at once. */
    LATE_ADDITION("roster-late-addition");

    private final String auditAction;

    RosterAddition(String auditAction) {
        this.auditAction = auditAction;
    }

    /** The audit log's action for an addition of this kind. */
    String auditAction() {
        return auditAction;
    }

    /** Whether the invitations are marked late (and mailed at once). */
    boolean late() {
        return this == LATE_ADDITION;
    }

    /**
     * The addition the caller may make to the campaign now, or the problem that says who may and when.
     *
     * @param runsIt the caller manages the campaign's region (its coordinator, or a machine token of the region)
     * @param advisor the caller is the region's education advisor
     * @param coordinator the caller's token has the coordinator role (for any region)
     */
    static RosterAddition permitted(Campaign campaign, boolean runsIt, boolean advisor, boolean coordinator) {
        if (!runsIt && !advisor) {
            throw ProblemException.forbidden(
                    "Only the coordinator of region %s imports invitations, and after opening its education advisor",
                    campaign.regionCode);
        }
        switch (campaign.state) {
            case DRAFT -> {
                if (!runsIt) {
                    throw ProblemException.forbidden(
                            "Before opening the coordinator of region %s imports the roster", campaign.regionCode);
                }
                return IMPORT;
            }
            case OPEN -> {
                if (!advisor || coordinator) {
                    throw ProblemException.conflict(
                            "The roster of campaign %s froze when it opened on %s. A late invitation is added by the "
                                    + "region's education advisor (not by whoever runs the campaign) and is marked on the report",
                            campaign.id, campaign.opensOn);
                }
                return LATE_ADDITION;
            }
            default ->
                throw ProblemException.conflict(
                        "Campaign %s is %s: invitations can only be added while it is DRAFT or OPEN",
                        campaign.id, campaign.state);
        }
    }

    /** The kind of addition a campaign takes in its state: an import while DRAFT, a late addition while OPEN. */
    static RosterAddition during(Campaign campaign) {
        return switch (campaign.state) {
            case DRAFT -> IMPORT;
            case OPEN -> LATE_ADDITION;
            default ->
                throw new IllegalStateException(
                        "Campaign %s is %s and takes no invitations".formatted(campaign.id, campaign.state));
        };
    }
}
