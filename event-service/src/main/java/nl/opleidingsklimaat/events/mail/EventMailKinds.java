package nl.opleidingsklimaat.events.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.opleidingsklimaat.platform.mail.MailKind;

/** The kinds of mail this service sends, switchable per institution (platform.mail, /api/mail-switches). */
@ApplicationScoped
public class EventMailKinds {
    public static final String REGISTRATION_CONFIRMATION = "event-registration-confirmation";
    public static final String WAITING_LIST_OFFER = "event-waiting-list-offer";
    public static final String REMINDER = "event-reminder";
    public static final String CERTIFICATE = "event-certificate";

    @Produces
    static final MailKind REGISTRATION_CONFIRMATION_KIND = new MailKind(
            REGISTRATION_CONFIRMATION,
            "Bevestiging van de inschrijving voor een bijeenkomst met een agenda-uitnodiging, of de plaats op de"
                    + " wachtlijst",
            true);

    @Produces
    static final MailKind WAITING_LIST_OFFER_KIND = new MailKind(
            WAITING_LIST_OFFER,
            "Aanbod van een vrijgekomen plaats aan wie op de wachtlijst staat, met de uiterste bevestigingstermijn",
            true);

    @Produces
    static final MailKind REMINDER_KIND =
            new MailKind(REMINDER, "Herinnering aan de bijeenkomst, de dag ervoor, aan wie een plaats heeft", true);

    @Produces
    static final MailKind CERTIFICATE_KIND = new MailKind(
            CERTIFICATE, "Bewijs van deelname (pdf) na afloop van de bijeenkomst, aan wie aanwezig was", true);
}
