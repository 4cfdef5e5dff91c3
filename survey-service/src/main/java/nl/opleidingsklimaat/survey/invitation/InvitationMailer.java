package nl.opleidingsklimaat.survey.invitation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.opleidingsklimaat.survey.SurveyConfig;
import org.jboss.logging.Logger;

/**
 * Sends invitation and reminder mails through quarkus-mailer (the mock mailbox in dev and test). Called after the
 * tokens are committed, so a rolled-back import never mails a link that does not work.
 */
@ApplicationScoped
public class InvitationMailer {
    private static final Logger LOG = Logger.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    @Inject
    Mailer mailer;

    @Inject
    SurveyConfig config;

    public void send(List<InvitationMail> mails) {
        for (InvitationMail mail : mails) {
            try {
                mailer.send(Mail.withText(mail.email(), subject(mail), body(mail)));
            } catch (RuntimeException e) {
                // A failed mail must not undo the others; the next reminder carries a fresh link.
                LOG.warnf(
                        "Could not send the %s mail of campaign %s: %s",
                        mail.reminder() ? "reminder" : "invitation", mail.campaignName(), e.getMessage());
            }
        }
    }

    private static String subject(InvitationMail mail) {
        return (mail.reminder() ? "Herinnering: " : "") + mail.instrumentName() + " - " + mail.campaignName();
    }

    private String body(InvitationMail mail) {
        String link = config.links().answerBaseUrl() + mail.token();
        return """
                Beste aios,

                %s
                Met de %s meten we de kwaliteit van jouw vervolgopleiding. Je antwoorden zijn anoniem: ze worden \
                niet aan jouw naam of e-mailadres gekoppeld, en je opleider krijgt alleen een rapportage als ten minste \
                het afgesproken aantal aios van jouw opleiding heeft gereageerd.

                Jouw persoonlijke link (eenmalig te gebruiken, geldig tot en met %s):
                %s

                Deel deze link niet met anderen.
                """.formatted(
                        mail.reminder() ? "Je hebt de vragenlijst nog niet ingevuld; dit is een herinnering." : "",
                        mail.instrumentName(),
                        DATE.format(mail.closesOn()),
                        link);
    }
}
