package nl.opleidingsklimaat.survey.invitation;

/** What an import did: rows added, invitations of the campaign in all, mails sent now (only while it is open). */
public record ImportResult(int imported, long invitedInCampaign, int mailed) {}
