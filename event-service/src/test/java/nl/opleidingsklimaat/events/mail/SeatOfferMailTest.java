package nl.opleidingsklimaat.events.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Map;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/** A freed seat is offered to the longest waiter by mail, with the deadline and a link that takes the seat. */
@QuarkusTest
@TestProfile(SeatOfferMailTest.OffersOfTenMinutes.class)
class SeatOfferMailTest {
    /** Offers that do not lapse while the test reads its mail (the other tests' offers lapse after 3 seconds). */
    public static class OffersOfTenMinutes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("events.waiting-list.confirmation-window", "PT10M");
        }
    }

    @Test
    void aCancellationMailsTheOfferWithItsDeadlineAndTheMailsLinkTakesTheSeat() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(12), 1);
        String holderToken = org.resident("holder-" + org.institution());
        String holderAddress = MailFixtures.address("holder");
        String holder =
                Fixtures.register(holderToken, eventId, MailFixtures.registration(org, "Hanna Houder", holderAddress));
        String waiterToken = org.resident("waiter-" + org.institution());
        String address = MailFixtures.address("waiter");
        String waiter = Fixtures.register(waiterToken, eventId, MailFixtures.registration(org, "Wim Wachter", address));
        MailFixtures.awaitMail(address, "Op de wachtlijst: ");

        given().auth()
                .oauth2(holderToken)
                .post("/api/registrations/{id}/cancellation", holder)
                .then()
                .statusCode(200);

        MimeMessage offer = MailFixtures.awaitMail(address, "Er is een plaats vrij: ");
        String expires = given().auth()
                .oauth2(waiterToken)
                .get("/api/registrations/{id}", waiter)
                .then()
                .body("status", equalTo("offered"))
                .extract()
                .path("offerExpiresAt");
        String deadline = DutchText.moment(OffsetDateTime.parse(expires).atZoneSameInstant(Fixtures.ZONE));
        assertThat(Mailbox.subject(offer)).endsWith(", bevestig voor " + deadline);
        String text = Mailbox.text(offer);
        assertThat(text)
                .contains("Beste Wim Wachter,")
                .contains("Bevestig de plaats voor " + deadline + " op uw persoonlijke pagina:");

        String page = MailFixtures.pageLinkPath(text);
        given().get(page).then().statusCode(200).body(containsString("Plaats bevestigen"));
        given().redirects()
                .follow(false)
                .header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.URLENC)
                .post(page + "/confirmation")
                .then()
                .statusCode(303);
        given().auth()
                .oauth2(waiterToken)
                .get("/api/registrations/{id}", waiter)
                .then()
                .body("status", equalTo("registered"));

        // taking the offered seat is confirmed like any seat, with the calendar invitation
        MimeMessage confirmed = MailFixtures.awaitMail(address, "Inschrijving bevestigd: ");
        assertThat(Mailbox.attachment(confirmed, "uitnodiging.ics")).isPresent();
        assertThat(MailFixtures.awaitSettled(waiter))
                .extracting(r -> r.mail)
                .containsExactly(EventMail.WAITLISTED, EventMail.SEAT_OFFERED, EventMail.REGISTERED);
        assertThat(Mailbox.to(address)).hasSize(3);
        assertThat(MailFixtures.queued(holder)).extracting(r -> r.mail).containsExactly(EventMail.REGISTERED);
    }
}
