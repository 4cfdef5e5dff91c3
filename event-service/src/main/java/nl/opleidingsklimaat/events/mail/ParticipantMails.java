package nl.opleidingsklimaat.events.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.attendance.Certificate;
import nl.opleidingsklimaat.events.attendance.CertificateService;
import nl.opleidingsklimaat.events.registration.PersonalLinks;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationView;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a participant's mail from the registration and the event as they are when it is sent: Dutch plain text and
 * simple HTML (Qute templates in {@code templates/mail/}), the calendar invitation with a confirmation, the certificate
 * PDF with the certificate. Each mail carries a new personal link to the participant's own page (only its hash is
 * stored, so the link can only be made when the mail is written; it replaces earlier links).
 */
@ApplicationScoped
public class ParticipantMails {
    @Inject
    EventsConfig config;

    @Inject
    PersonalLinks links;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8084")
    int port;

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native MailTemplateInstance registered(ParticipantMailView mail);

        static native MailTemplateInstance waitlisted(ParticipantMailView mail);

        static native MailTemplateInstance seatOffered(ParticipantMailView mail);

        static native MailTemplateInstance reminder(ParticipantMailView mail);

        static native MailTemplateInstance certificate(ParticipantMailView mail);
    }

    /**
     * The mail, ready to send, or empty when it no longer applies (see {@link EventMail#appliesTo}). Must run in the
     * sending transaction: it issues the participant's new link.
     */
    Optional<MailTemplateInstance> write(EventMail kind, Registration registration, TrainingEvent event) {
        LocalDate today = LocalDate.now(config.timeZone());
        if (!kind.appliesTo(registration, event, OffsetDateTime.now(), today)) {
            return Optional.empty();
        }
        ParticipantMailView view = view(registration, event, links.replace(registration.id));
        Mail mail = new Mail().addTo(registration.email).setSubject(subject(kind, view));
        MailTemplateInstance instance = switch (kind) {
            case REGISTERED -> Templates.registered(view);
            case WAITLISTED -> Templates.waitlisted(view);
            case SEAT_OFFERED -> Templates.seatOffered(view);
            case REMINDER -> Templates.reminder(view);
            case CERTIFICATE -> Templates.certificate(view);
        };
        instance.mail(mail); // first: it replaces what the instance holds, attachments included
        if (kind == EventMail.REGISTERED) {
            instance.addAttachment(
                    CalendarInvitation.FILE_NAME,
                    invitation(registration, event, view).getBytes(StandardCharsets.UTF_8),
                    CalendarInvitation.CONTENT_TYPE);
        } else if (kind == EventMail.CERTIFICATE) {
            Certificate certificate = CertificateService.of(registration, event);
            instance.addAttachment(certificate.fileName(), certificate.toPdf(), "application/pdf");
        }
        return Optional.of(instance);
    }

    private static String subject(EventMail kind, ParticipantMailView view) {
        return switch (kind) {
            case REGISTERED -> "Inschrijving bevestigd: " + view.eventTitle() + ", " + view.date();
            case WAITLISTED -> "Op de wachtlijst: " + view.eventTitle() + ", " + view.date();
            case SEAT_OFFERED ->
                "Er is een plaats vrij: " + view.eventTitle() + ", bevestig voor " + view.offerDeadline();
            case REMINDER -> "Herinnering: " + view.eventTitle() + ", " + view.date();
            case CERTIFICATE -> "Bewijs van deelname: " + view.eventTitle();
        };
    }

    private ParticipantMailView view(Registration registration, TrainingEvent event, String token) {
        boolean online = registration.attendance == AttendanceMode.ONLINE;
        return new ParticipantMailView(
                registration.name,
                event.title,
                DutchText.kind(event.kind),
                DutchText.date(event.date),
                DutchText.times(event.startTime, event.endTime),
                online ? "Online" : event.location,
                online ? event.onlineLink : null,
                organiser(event),
                pageAddress() + "/registration/" + token,
                RegistrationView.of(registration).waitingListPosition(),
                registration.offerExpiresAt == null
                        ? null
                        : DutchText.moment(registration.offerExpiresAt.atZoneSameInstant(config.timeZone())),
                registration.points == null ? null : DutchText.number(registration.points),
                event.organiserInstitutionCode != null
                        ? "de COC van " + institutionName(event.organiserInstitutionCode)
                        : "de COC van " + institutionName(registration.institutionCode) + " of de regio");
    }

    private String invitation(Registration registration, TrainingEvent event, ParticipantMailView view) {
        return CalendarInvitation.ics(
                "registration-" + registration.id + "@opleidingsklimaat.nl",
                event.title,
                event.days().stream()
                        .map(day -> new CalendarSession(
                                day.date().atTime(day.startTime()), day.date().atTime(day.endTime())))
                        .toList(),
                config.timeZone(),
                view.onlineLink() != null ? view.onlineLink() : view.place(),
                view.onlineLink(),
                view.organiser(),
                from,
                DutchText.kind(event.kind).substring(0, 1).toUpperCase()
                        + DutchText.kind(event.kind).substring(1)
                        + ", georganiseerd door " + view.organiser()
                        + (event.theme == null ? "" : ". " + event.theme));
    }

    private static String organiser(TrainingEvent event) {
        return event.organiserInstitutionCode != null
                ? institutionName(event.organiserInstitutionCode)
                : "regio " + event.organiserRegionCode;
    }

    private static String institutionName(String code) {
        ReplicatedInstitution institution = ReplicatedInstitution.findById(code);
        return institution == null ? code : institution.name;
    }

    /** The public address of the pages; without {@code events.page-base-url}, this host (fine for a local stack). */
    private String pageAddress() {
        return config.pageBaseUrl().map(u -> u.toString().replaceAll("/+$", "")).orElse("http://localhost:" + port);
    }
}
