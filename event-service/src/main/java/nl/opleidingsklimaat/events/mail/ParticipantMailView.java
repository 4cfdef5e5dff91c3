package nl.opleidingsklimaat.events.mail;

/**
 * What a participant's mail says, in Dutch, as its templates ({@code templates/ParticipantMails/}) show it: their own
 * registration and the event, never figures about others.
 *
 * @param place the location, or "Online" for who takes part online
 * @param onlineLink the link to join online, for who takes part online; null otherwise
 * @param pageLink the personal link to their own page (a new one, replacing earlier links)
 * @param waitingListPosition their place in their waiting line, while waitlisted
 * @param offerDeadline "12 juni 2026 om 14:30": take the offered seat before this moment
 * @param points the accreditation points earned, with the certificate
 * @param switchedBy who can switch this kind of mail off ("de COC van Ziekenhuis X")
 */
public record ParticipantMailView(
        String name,
        String eventTitle,
        String eventKind,
        String date,
        String times,
        String place,
        String onlineLink,
        String organiser,
        String pageLink,
        Integer waitingListPosition,
        String offerDeadline,
        String points,
        String switchedBy) {}
