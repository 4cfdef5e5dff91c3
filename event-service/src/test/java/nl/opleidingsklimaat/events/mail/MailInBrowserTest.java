package nl.opleidingsklimaat.events.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.Browser;
import nl.opleidingsklimaat.testsupport.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The HTML part of a participant's mail, as received over SMTP, read on a phone in a real browser. */
@QuarkusTest
class MailInBrowserTest {
    @Test
    void theConfirmationReadsOnAPhoneWithoutSeriousAccessibilityFindings() {
        Organisation org = Fixtures.organisation();
        LocalDate day = Fixtures.today().plusDays(20);
        String eventId = Fixtures.publishedEvent(org, day, 1);
        String address = MailFixtures.address("bram");
        String token = org.resident("bram-" + org.institution());
        Fixtures.register(token, eventId, MailFixtures.registration(org, "Bram Visser", address));
        MimeMessage mail = MailFixtures.awaitMail(address, "Inschrijving bevestigd: ");

        Path file = Path.of("target", "mails", "registered.html");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Mailbox.html(mail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Browser phone = Browser.phone()) {
            phone.open(file.toAbsolutePath().toUri().toString());
            assertThat(phone.text()).contains("Bram Visser").contains("Verdiepingsdag " + org.institution());
            assertThat(phone.findAll(By.cssSelector("a[href*='/registration/']")))
                    .as("the personal page link")
                    .isNotEmpty();
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("mail-registered-phone");
        }
    }
}
