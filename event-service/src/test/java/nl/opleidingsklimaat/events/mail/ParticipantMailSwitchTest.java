package nl.opleidingsklimaat.events.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.Mailbox;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Each kind of participant mail is switched per institution; a kind switched off stops only that kind. */
@QuarkusTest
class ParticipantMailSwitchTest {
    @Inject
    Reminders reminders;

    @Test
    void theCocSeesTheFourKindsOnByDefault() {
        Organisation org = Fixtures.organisation();
        given().auth()
                .oauth2(org.coc())
                .get("/api/mail-switches/institutions/{code}", org.institution())
                .then()
                .statusCode(200)
                .body(
                        "kind",
                        contains(
                                EventMailKinds.CERTIFICATE,
                                EventMailKinds.REGISTRATION_CONFIRMATION,
                                EventMailKinds.REMINDER,
                                EventMailKinds.WAITING_LIST_OFFER))
                .body("enabled", everyItem(equalTo(true)));
        given().auth()
                .oauth2(TestTokens.coc("OTHER-INST"))
                .get("/api/mail-switches/institutions/{code}", org.institution())
                .then()
                .statusCode(404);
    }

    @Test
    void anInstitutionThatSwitchedConfirmationsOffGetsNoneButItsRemindersAndOtherInstitutionsConfirmationsArrive() {
        Organisation off = Fixtures.organisation();
        Organisation on = Fixtures.organisation();
        given().auth()
                .oauth2(off.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .put(
                        "/api/mail-switches/institutions/{code}/{kind}",
                        off.institution(),
                        EventMailKinds.REGISTRATION_CONFIRMATION)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        String tomorrowsEvent = Fixtures.publishedEvent(off, Fixtures.today().plusDays(1), 10);
        String otherEvent = Fixtures.publishedEvent(on, Fixtures.today().plusDays(9), 10);
        String address = MailFixtures.address("quiet");
        String quiet = Fixtures.register(
                off.resident("quiet-" + off.institution()),
                tomorrowsEvent,
                MailFixtures.registration(off, "Quinten Quist", address));
        String otherAddress = MailFixtures.address("other");
        Fixtures.register(
                on.resident("other-" + on.institution()),
                otherEvent,
                MailFixtures.registration(on, "Olga Olde", otherAddress));

        MailFixtures.awaitMail(otherAddress, "Inschrijving bevestigd: ");
        assertThat(MailFixtures.awaitSettled(quiet))
                .singleElement()
                .satisfies(row -> assertThat(row.outcome).isEqualTo(QueuedMail.SWITCHED_OFF));
        assertThat(Mailbox.to(address)).isEmpty();

        reminders.queueDue(Fixtures.today().atTime(12, 0).atZone(Fixtures.ZONE));
        MailFixtures.awaitMail(address, "Herinnering: ");
        MailFixtures.awaitSettled(quiet);
        assertThat(Mailbox.to(address)).hasSize(1);
    }
}
