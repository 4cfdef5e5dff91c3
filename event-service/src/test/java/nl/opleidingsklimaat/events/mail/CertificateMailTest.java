package nl.opleidingsklimaat.events.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.Mailbox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Closing an event as held mails each checked-in attendee their certificate, and nobody else. */
@QuarkusTest
class CertificateMailTest {

    @Test
    void closingTheEventAsHeldMailsTheCertificatePdfToCheckedInAttendeesOnly() throws IOException {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 5);
        String address = MailFixtures.address("attendee");
        String attendee = Fixtures.register(
                org.resident("attendee-" + org.institution()),
                eventId,
                MailFixtures.registration(org, "Ilse IJzerman", address));
        String absentAddress = MailFixtures.address("absent");
        String absent = Fixtures.register(
                org.resident("absent-" + org.institution()),
                eventId,
                MailFixtures.registration(org, "Karel Kok", absentAddress));
        Fixtures.checkIn(org, attendee);

        Fixtures.complete(org, eventId);

        MimeMessage mail = MailFixtures.awaitMail(address, "Bewijs van deelname: ");
        assertThat(Mailbox.subject(mail)).isEqualTo("Bewijs van deelname: Verdiepingsdag " + org.institution());
        assertThat(Mailbox.text(mail))
                .contains("Beste Ilse IJzerman,")
                .contains("In de bijlage vindt u uw bewijs van deelname (pdf) met 3 accreditatiepunten.");
        Part pdf = Mailbox.attachment(mail, "bewijs-van-deelname-" + Fixtures.today() + ".pdf")
                .orElseThrow();
        assertThat(Mailbox.contentType(pdf)).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(Mailbox.bytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Bewijs van deelname")
                    .contains("Deelnemer: Ilse IJzerman")
                    .contains("Accreditatiepunten: 3");
        }

        assertThat(MailFixtures.awaitSettled(attendee))
                .extracting(r -> r.mail)
                .containsExactly(EventMail.REGISTERED, EventMail.CERTIFICATE);
        assertThat(MailFixtures.awaitSettled(absent)).extracting(r -> r.mail).containsExactly(EventMail.REGISTERED);
        assertThat(MailFixtures.withSubject(absentAddress, "Bewijs van deelname"))
                .isEmpty();
    }
}
