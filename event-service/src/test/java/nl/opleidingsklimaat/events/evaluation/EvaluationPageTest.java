package nl.opleidingsklimaat.events.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@QuarkusTest
class EvaluationPageTest {

    @Test
    void anAttendeeReadsTheTakeHomeMessagesAndEvaluatesOnceOnTheirPhone() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        List<String> tokens = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String token = org.resident("evaluation-page-" + i + "-" + org.institution());
            String registration = Fixtures.register(token, eventId, Fixtures.registration(org, "Deelnemer " + i));
            Fixtures.checkIn(org, registration);
            tokens.add(token);
            links.add(Fixtures.pageLink(token, registration));
        }
        String evaluation = links.get(0) + "/evaluation";
        given().get(URI.create(evaluation)).then().statusCode(200).body(containsString("opent zodra"));
        Fixtures.takeHomeMessage(org, eventId, "Zet welzijn op de agenda van elk opleidersoverleg");
        Fixtures.complete(org, eventId);

        try (Browser phone = Browser.phoneWithoutJavaScript()) {
            phone.open(links.get(0));
            phone.find(By.linkText("Evaluatie en take-home messages")).click();
            assertThat(phone.currentUrl()).isEqualTo(evaluation);
            assertThat(phone.text())
                    .contains("Take-home messages", "Zet welzijn op de agenda van elk opleidersoverleg");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("evaluation");

            phone.find(By.xpath("//label[normalize-space()='4 goed']")).click();
            phone.find(By.id("takeHome")).sendKeys("Vaker feedback vragen aan mijn aios");
            phone.submitForm();
            assertThat(phone.find(By.id("relevance-error")).getText())
                    .isEqualTo("Kies hoe bruikbaar de bijeenkomst is voor je eigen praktijk.");
            assertThat(phone.find(By.id("overall-4")).isSelected())
                    .as("what was chosen is kept")
                    .isTrue();
            assertThat(phone.find(By.id("takeHome")).getAttribute("value"))
                    .isEqualTo("Vaker feedback vragen aan mijn aios");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("evaluation-error");

            phone.find(By.xpath("//fieldset[2]//label[normalize-space()='5 uitstekend']"))
                    .click();
            phone.submitForm();
            assertThat(phone.text()).contains("Bedankt, je evaluatie is ontvangen");
            assertThat(phone.findAll(By.tagName("form"))).isEmpty();
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("evaluation-thanks");
        }

        // once per attendee, whichever door: the API refuses a second evaluation by the same person
        given().auth()
                .oauth2(tokens.get(0))
                .contentType(ContentType.JSON)
                .body(Map.of("overall", 1, "relevance", 1))
                .post("/api/training-events/{id}/evaluation/answers", eventId)
                .then()
                .statusCode(409);
        evaluateOnPage(evaluation, 1, 1, "same-origin").then().statusCode(409);
        evaluateOnPage(links.get(1) + "/evaluation", 1, 1, "cross-site").then().statusCode(403);
        for (String link : links.subList(1, 3)) {
            evaluateOnPage(link + "/evaluation", 5, 4, "same-origin").then().statusCode(303);
        }
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/evaluation", eventId)
                .then()
                .statusCode(200)
                .body("counted", equalTo(0));
        evaluateOnPage(links.get(3) + "/evaluation", 3, 3, "same-origin").then().statusCode(303);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/evaluation", eventId)
                .then()
                .statusCode(200)
                .body("counted", equalTo(4))
                .body("participantTakeHomes", equalTo(List.of("Vaker feedback vragen aan mijn aios")));
    }

    @Test
    void aRegistrantWhoWasNotThereCannotEvaluate() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        String token = org.resident("not-there-" + org.institution());
        String registration = Fixtures.register(token, eventId, Fixtures.registration(org, "Afwezig"));
        Fixtures.complete(org, eventId);
        String evaluation = Fixtures.pageLink(token, registration) + "/evaluation";

        given().get(URI.create(evaluation))
                .then()
                .statusCode(200)
                .body(containsString("voor wie bij de bijeenkomst aanwezig was"));
        evaluateOnPage(evaluation, 5, 5, "same-origin").then().statusCode(409);
    }

    private static Response evaluateOnPage(String page, int overall, int relevance, String site) {
        return given().redirects()
                .follow(false)
                .header("Sec-Fetch-Site", site)
                .contentType(ContentType.URLENC)
                .formParam("overall", overall)
                .formParam("relevance", relevance)
                .post(URI.create(page));
    }
}
