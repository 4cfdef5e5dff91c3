package nl.opleidingsklimaat.survey.invitation;

import java.time.LocalDate;

/** A mail to send after the transaction that issued its token committed. */
public record InvitationMail(
        String email, String token, String campaignName, String instrumentName, LocalDate closesOn, boolean reminder) {}
