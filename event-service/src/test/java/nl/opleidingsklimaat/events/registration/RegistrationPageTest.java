package nl.opleidingsklimaat.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.testsupport.Browser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@QuarkusTest
class RegistrationPageTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void aParticipantReadsTheirRegistrationThroughTheirPersonalLinkOnly() {
        Organisation org = Fixtures.organisation();
        LocalDate date = Fixtures.today().plusDays(5);
        String eventId = Fixtures.publishedEvent(org, date, 10);
        String token = org.resident("page-" + org.institution());
        String registration = Fixtures.register(token, eventId, Fixtures.registration(org, "Dr. I. Jansen"));

        given().auth()
                .oauth2(token)
                .post("/api/registrations/{id}/page-link", registration)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("registrationId", equalTo(registration))
                .body("url", startsWith(root + "registration/"));
        given().auth()
                .oauth2(org.resident("someone-else-" + org.institution()))
                .post("/api/registrations/{id}/page-link", registration)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(org.coc())
                .post("/api/registrations/{id}/page-link", registration)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String link = Fixtures.pageLink(token, registration);

        try (Browser phone = Browser.phoneWithoutJavaScript()) {
            phone.open(link);
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Je bent ingeschreven");
            assertThat(phone.text())
                    .contains("Verdiepingsdag " + org.institution(), "verdiepingsdag", DutchText.date(date))
                    .contains("13:00-17:00", "Onderwijscentrum", "Dr. I. Jansen")
                    .doesNotContain("Na afloop");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("registration");
        }
        given().get(URI.create(link))
                .then()
                .statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("default-src 'none'"));

        String newer = Fixtures.pageLink(token, registration);
        given().get(URI.create(link))
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Link onbekend"))
                .body(not(containsString(link.substring(link.lastIndexOf('/') + 1))));
        given().get(URI.create(newer)).then().statusCode(200);
        try (Browser phone = Browser.phoneWithoutJavaScript()) {
            phone.open(link);
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Link onbekend");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
        }
        given().get("/registration/{token}", "not-a-link").then().statusCode(404);
    }

    @Test
    void aWaiterTakesTheOfferedSeatFromTheirPageAndAForgedConfirmationChangesNothing() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(5), 1);
        String holderToken = org.resident("holder-" + org.institution());
        String holder = Fixtures.register(holderToken, eventId, Fixtures.registration(org, "Houder"));
        String waiterToken = org.resident("waiter-" + org.institution());
        String waiter = Fixtures.register(waiterToken, eventId, Fixtures.registration(org, "Wachter"));
        String link = Fixtures.pageLink(waiterToken, waiter);

        try (Browser phone = Browser.phone()) {
            phone.open(link);
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Je staat op de wachtlijst");
            assertThat(phone.text()).contains("plaats 1 van de wachtlijst");
            assertThat(phone.findAll(By.tagName("button"))).isEmpty();
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("registration-waitlisted");

            given().auth()
                    .oauth2(holderToken)
                    .post("/api/registrations/{id}/cancellation", holder)
                    .then()
                    .statusCode(200);
            // the test profile's offers lapse after 3 seconds: the participant's steps go by HTTP here
            given().redirects()
                    .follow(false)
                    .header("Sec-Fetch-Site", "cross-site")
                    .contentType(ContentType.URLENC)
                    .post(URI.create(link + "/confirmation"))
                    .then()
                    .statusCode(403);
            given().get(URI.create(link)).then().body(containsString("Plaats bevestigen"));
            given().redirects()
                    .follow(false)
                    .header("Sec-Fetch-Site", "same-origin")
                    .contentType(ContentType.URLENC)
                    .post(URI.create(link + "/confirmation"))
                    .then()
                    .statusCode(303);

            phone.open(link);
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Je bent ingeschreven");
            assertThat(phone.consoleErrors()).isEmpty();
        }
        given().auth()
                .oauth2(waiterToken)
                .get("/api/registrations/{id}", waiter)
                .then()
                .body("status", equalTo("registered"));
        given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .post(URI.create(link + "/confirmation"))
                .then()
                .statusCode(409)
                .contentType(containsString("text/html"))
                .body(containsString("Dat kan nu niet"));
    }

    @Test
    void anAttendeeDownloadsTheirCertificateInDutchFromTheirPage() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        String token = org.resident("certificate-" + org.institution());
        String registration = Fixtures.register(token, eventId, Fixtures.registration(org, "Dr. Eva de Wit-Öztürk"));
        String absentToken = org.resident("absent-" + org.institution());
        String absent = Fixtures.register(absentToken, eventId, Fixtures.registration(org, "Afwezig"));
        Fixtures.checkIn(org, registration);
        Fixtures.complete(org, eventId);
        String link = Fixtures.pageLink(token, registration);

        String certificate;
        try (Browser phone = Browser.phone()) {
            phone.open(link);
            assertThat(phone.text()).contains("Na afloop", "Je hebt 3 accreditatiepunten behaald");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("registration-held");
            certificate = phone.find(By.linkText("Bewijs van deelname downloaden (PDF)"))
                    .getAttribute("href");
        }
        byte[] pdf = given().get(URI.create(certificate))
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("bewijs-van-deelname-" + Fixtures.today() + ".pdf"))
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Bewijs van deelname", "Deelnemer: Dr. Eva de Wit-Öztürk")
                    .contains("Bijeenkomst: Verdiepingsdag " + org.institution() + " (verdiepingsdag)")
                    .contains("Datum: " + DutchText.date(Fixtures.today()) + ", 13:00-17:00")
                    .contains("Gevolgde onderwijsuren: 3", "Accreditatiepunten: 3")
                    .contains("Competenties: communicatie 20%, samenwerken 30%, leiderschap 50%");
        }

        String absentLink = Fixtures.pageLink(absentToken, absent);
        given().get(URI.create(absentLink)).then().statusCode(200).body(not(containsString("certificate.pdf")));
        given().get(URI.create(absentLink + "/certificate.pdf"))
                .then()
                .statusCode(409)
                .contentType(containsString("text/html"))
                .body(containsString("Dat kan nu niet"));
    }
}
