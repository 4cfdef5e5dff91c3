package nl.opleidingsklimaat.events.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/** The day before an event everyone holding a seat gets one reminder, however often the scheduler runs. */
@QuarkusTest
class RemindersTest {
    @Inject
    Reminders reminders;

    @Test
    void eachSeatOfTomorrowsEventsGetsOneReminderAndRunningAgainSendsNone() {
        Organisation org = Fixtures.organisation();
        LocalDate tomorrow = Fixtures.today().plusDays(1);
        String eventId = Fixtures.publishedEvent(org, tomorrow, 2);
        String laterId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 2);
        String annaAddress = MailFixtures.address("anna");
        String anna = register(org, eventId, "anna", "Anna Aarts", annaAddress);
        String bramAddress = MailFixtures.address("bram");
        String bram = register(org, eventId, "bram", "Bram Berg", bramAddress);
        String waiting = register(org, eventId, "cees", "Cees Claes", MailFixtures.address("cees"));
        String later = register(org, laterId, "dana", "Dana Dekker", MailFixtures.address("dana"));

        assertThat(reminders.queueDue(today(7)))
                .as("before 09:00 on the day before")
                .isZero();
        assertThat(reminders.queueDue(today(12))).isGreaterThanOrEqualTo(2);

        MimeMessage reminder = MailFixtures.awaitMail(annaAddress, "Herinnering: ");
        assertThat(Mailbox.subject(reminder))
                .isEqualTo("Herinnering: Verdiepingsdag " + org.institution() + ", " + DutchText.date(tomorrow));
        assertThat(Mailbox.text(reminder))
                .contains("Beste Anna Aarts,")
                .contains("Morgen is verdiepingsdag \"Verdiepingsdag " + org.institution() + "\".")
                .contains("Waar: Onderwijscentrum");
        MailFixtures.awaitMail(bramAddress, "Herinnering: ");

        // another run (a restart, a second instance) queues nothing more
        assertThat(reminders.queueDue(today(13))).isZero();
        for (String seat : new String[] {anna, bram}) {
            assertThat(MailFixtures.awaitSettled(seat))
                    .extracting(r -> r.mail)
                    .containsExactly(EventMail.REGISTERED, EventMail.REMINDER);
        }
        assertThat(MailFixtures.withSubject(annaAddress, "Herinnering: ")).hasSize(1);
        assertThat(MailFixtures.withSubject(bramAddress, "Herinnering: ")).hasSize(1);
        // the waiter holds no seat, and the day after tomorrow is not tomorrow
        assertThat(MailFixtures.queued(waiting)).extracting(r -> r.mail).containsExactly(EventMail.WAITLISTED);
        assertThat(MailFixtures.queued(later)).extracting(r -> r.mail).containsExactly(EventMail.REGISTERED);
    }

    private static String register(Organisation org, String eventId, String who, String name, String address) {
        return Fixtures.register(
                org.resident(who + "-" + org.institution()), eventId, MailFixtures.registration(org, name, address));
    }

    private static ZonedDateTime today(int hour) {
        return Fixtures.today().atTime(hour, 0).atZone(Fixtures.ZONE);
    }
}
