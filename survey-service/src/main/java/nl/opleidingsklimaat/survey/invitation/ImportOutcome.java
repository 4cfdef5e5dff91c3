package nl.opleidingsklimaat.survey.invitation;

import java.util.List;

/** What an import stored, and the mails to send once its transaction has committed. */
public record ImportOutcome(ImportResult result, List<InvitationMail> mails) {}
