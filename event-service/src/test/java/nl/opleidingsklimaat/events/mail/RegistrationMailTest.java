package nl.opleidingsklimaat.events.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/** A registration is answered by mail after the desk decided it: the seat with a calendar invitation, or the waiting list. */
@QuarkusTest
class RegistrationMailTest {

    @Test
    void aConfirmedSeatIsMailedWithACalendarInvitationOfTheEventInAmsterdamTime() {
        Organisation org = Fixtures.organisation();
        LocalDate day = Fixtures.today().plusDays(20);
        String eventId = Fixtures.publishedEvent(org, day, 1);
        String address = MailFixtures.address("anna");
        String token = org.resident("anna-" + org.institution());
        String registration =
                Fixtures.register(token, eventId, MailFixtures.registration(org, "Anna de Boer", address));
        given().auth()
                .oauth2(token)
                .get("/api/registrations/{id}", registration)
                .then()
                .body("email", equalTo(address));

        MimeMessage mail = MailFixtures.awaitMail(address, "Inschrijving bevestigd: ");
        assertThat(Mailbox.subject(mail))
                .isEqualTo("Inschrijving bevestigd: Verdiepingsdag " + org.institution() + ", " + DutchText.date(day));
        assertThat(Mailbox.text(mail))
                .contains("Beste Anna de Boer,")
                .contains("Wanneer: " + DutchText.date(day) + ", 13:00-17:00")
                .contains("Waar: Onderwijscentrum")
                .contains("Organisatie: Ziekenhuis " + org.institution());
        assertThat(Mailbox.html(mail)).contains("<strong>Verdiepingsdag " + org.institution() + "</strong>");

        Part attachment = Mailbox.attachment(mail, "uitnodiging.ics").orElseThrow();
        assertThat(Mailbox.contentType(attachment)).startsWith("text/calendar");
        String ics = new String(Mailbox.bytes(attachment), StandardCharsets.UTF_8);
        String compact = day.toString().replace("-", "");
        assertThat(ics)
                .contains("METHOD:PUBLISH")
                .contains("DTSTART;TZID=Europe/Amsterdam:" + compact + "T130000")
                .contains("DTEND;TZID=Europe/Amsterdam:" + compact + "T170000")
                .contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Amsterdam");
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Verdiepingsdag " + org.institution());
        assertThat(event.getLocation().getValue()).isEqualTo("Onderwijscentrum");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Ziekenhuis " + org.institution());
        assertThat((Date) event.getDateStart().getValue())
                .isEqualTo(Date.from(day.atTime(13, 0).atZone(Fixtures.ZONE).toInstant()));
        assertThat((Date) event.getDateEnd().getValue())
                .isEqualTo(Date.from(day.atTime(17, 0).atZone(Fixtures.ZONE).toInstant()));
        assertThat(calendar.getTimezoneInfo()
                        .getTimezone(event.getDateStart())
                        .getComponent()
                        .getTimezoneId()
                        .getValue())
                .isEqualTo("Europe/Amsterdam");

        // the mail's personal link opens the participant's page
        given().get(MailFixtures.pageLinkPath(Mailbox.text(mail)))
                .then()
                .statusCode(200)
                .body(containsString("Je bent ingeschreven"));
    }

    @Test
    void aWaitlistedRegistrantIsMailedTheirPlaceInLineAndOneWithoutAddressGetsNoMail() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(21), 1);
        String seated = Fixtures.register(
                org.resident("seat-" + org.institution()),
                eventId,
                MailFixtures.registration(org, "Bert Bos", MailFixtures.address("bert")));
        String address = MailFixtures.address("carla");
        String waiter = Fixtures.register(
                org.resident("wait-" + org.institution()),
                eventId,
                MailFixtures.registration(org, "Carla Claes", address));
        String silent = Fixtures.register(
                org.resident("silent-" + org.institution()), eventId, Fixtures.registration(org, "Dirk Dijk"));

        MimeMessage mail = MailFixtures.awaitMail(address, "Op de wachtlijst: ");
        assertThat(Mailbox.text(mail))
                .contains("Beste Carla Claes,")
                .contains("U staat op de wachtlijst, op plaats 1.");
        assertThat(Mailbox.attachment(mail, "uitnodiging.ics")).isEmpty();
        assertThat(MailFixtures.awaitSettled(waiter))
                .singleElement()
                .satisfies(row -> assertThat(row.mail).isEqualTo(EventMail.WAITLISTED))
                .satisfies(row -> assertThat(row.outcome).isEqualTo(QueuedMail.SENT));
        assertThat(MailFixtures.queued(seated)).extracting(r -> r.mail).containsExactly(EventMail.REGISTERED);
        assertThat(MailFixtures.queued(silent)).isEmpty();
    }

    @Test
    void aBadAddressIsRefusedAndNothingIsStored() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(22), 5);
        String token = org.resident("bad-" + org.institution());
        given().auth()
                .oauth2(token)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(MailFixtures.registration(org, "Eva Eik", "not-an-address"))
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("email")));
        given().auth()
                .oauth2(token)
                .get("/api/registrations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
