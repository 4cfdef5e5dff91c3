package nl.opleidingsklimaat.events.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/** SMTP that is briefly away neither fails a registration nor loses or doubles its mail. */
@QuarkusTest
class MailRelayTest {

    @Test
    void aMailThatCouldNotBeSentWhileSmtpWasAwayArrivesOnceWhenItIsBack() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(15), 5);
        String address = MailFixtures.address("patient");
        Mailbox.stopServer();
        String registration;
        try {
            // the registration itself is answered as always
            registration = Fixtures.register(
                    org.resident("patient-" + org.institution()),
                    eventId,
                    MailFixtures.registration(org, "Pim Pauw", address));
            QueuedMail failed = await().atMost(Duration.ofSeconds(60))
                    .until(() -> MailFixtures.queued(registration).get(0), row -> row.attempts >= 2);
            assertThat(failed.doneAt).isNull();
            assertThat(failed.lastError).doesNotContain(address);
        } finally {
            Mailbox.startServer();
        }

        MailFixtures.awaitMail(address, "Inschrijving bevestigd: ");
        assertThat(MailFixtures.awaitSettled(registration))
                .singleElement()
                .satisfies(row -> assertThat(row.outcome).isEqualTo(QueuedMail.SENT));
        assertThat(Mailbox.to(address)).hasSize(1);
    }
}
