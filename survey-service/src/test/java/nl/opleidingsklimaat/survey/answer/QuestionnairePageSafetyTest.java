package nl.opleidingsklimaat.survey.answer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.platform.page.PageHeaders;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.survey.invitation.PersonalLinks;
import org.junit.jupiter.api.Test;

/** What the questionnaire pages tell, keep and refuse, seen over plain HTTP as a browser or a forger would send it. */
@QuarkusTest
class QuestionnairePageSafetyTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private Fixtures.OpenCampaign open(String instrument, int residents) {
        return Fixtures.openCampaign(db, mailbox, instrument, residents);
    }

    /** A browser's form post from the page itself. */
    private static RequestSpecification form(Map<String, String> fields) {
        return given().redirects()
                .follow(false)
                .header("Sec-Fetch-Site", "same-origin")
                .contentType(ContentType.URLENC)
                .formParams(fields);
    }

    private static Map<String, String> monitor(String value) {
        Map<String, String> fields = new HashMap<>();
        Fixtures.MONITOR_SCORED_ITEMS.forEach(item -> fields.put(item, value));
        return fields;
    }

    @Test
    void everyLinkThatCannotBeUsedGetsOneAndTheSamePage() {
        Fixtures.OpenCampaign opened = open("opleidingsmonitor", 3);
        String used = opened.tokens().get(0);
        Fixtures.answer(used, Fixtures.monitorAnswers(4));
        Fixtures.OpenCampaign closed = open("opleidingsmonitor", 1);
        Fixtures.close(closed.campaign(), closed.region());

        String unknown = given().get("/vragenlijst/{token}", "onbekend-" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(ContentType.HTML)
                .body(containsString("Deze link werkt niet"))
                .extract()
                .asString();
        for (String token : List.of(used, closed.tokens().get(0), "x".repeat(101))) {
            assertThat(given().get("/vragenlijst/{token}", token)
                            .then()
                            .statusCode(404)
                            .extract()
                            .asString())
                    .isEqualTo(unknown);
            assertThat(form(monitor("4"))
                            .post("/vragenlijst/{token}", token)
                            .then()
                            .statusCode(404)
                            .extract()
                            .asString())
                    .isEqualTo(unknown);
        }
        assertThat(Fixtures.ballots(db, opened.campaign())).isEqualTo(1);
        given().get("/vragenlijst/{token}", opened.tokens().get(1)).then().statusCode(200);
    }

    @Test
    void theSameFormPostedTwiceIsThankedOnceStoredAndNobodyElseLearnsTheLinkWasUsed() {
        Fixtures.OpenCampaign opened = open("opleidingsmonitor", 2);
        String token = opened.tokens().get(0);
        String page = given().get("/vragenlijst/{token}", token)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher hidden = Pattern.compile("name=\"inzending\" value=\"([A-Za-z0-9_-]{43})\"")
                .matcher(page);
        assertThat(hidden.find()).as("the form carries its submission id").isTrue();
        Map<String, String> fields = monitor("4");
        fields.put("inzending", hidden.group(1));

        form(fields).post("/vragenlijst/{token}", token).then().statusCode(303);
        // a double click: the browser shows the second answer, which must not say the link does not work
        form(fields)
                .post("/vragenlijst/{token}", token)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/vragenlijst/bedankt"));
        assertThat(Fixtures.ballots(db, opened.campaign())).isEqualTo(1);

        String unknown = given().get("/vragenlijst/{token}", "onbekend-" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .extract()
                .asString();
        Map<String, String> otherForm = monitor("1");
        otherForm.put("inzending", "A".repeat(43));
        for (Map<String, String> someoneElse : List.of(otherForm, monitor("1"))) {
            assertThat(form(someoneElse)
                            .post("/vragenlijst/{token}", token)
                            .then()
                            .statusCode(404)
                            .extract()
                            .asString())
                    .as("whoever else holds the link learns nothing")
                    .isEqualTo(unknown);
        }
        assertThat(Fixtures.ballots(db, opened.campaign())).isEqualTo(1);
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid AND submission_hash IS NOT NULL",
                        opened.campaign()))
                .isEqualTo(1);
        Fixtures.close(opened.campaign(), opened.region());
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid AND submission_hash IS NOT NULL",
                        opened.campaign()))
                .as("closing forgets which form used which invitation")
                .isZero();
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedAndChangesNothing() {
        Fixtures.OpenCampaign opened = open("opleidingsmonitor", 1);
        String token = opened.tokens().get(0);
        given().redirects()
                .follow(false)
                .header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.URLENC)
                .formParams(monitor("1"))
                .post("/vragenlijst/{token}", token)
                .then()
                .statusCode(403);
        given().redirects()
                .follow(false)
                .header("Origin", "https://elders.example")
                .contentType(ContentType.URLENC)
                .formParams(monitor("1"))
                .post("/vragenlijst/{token}", token)
                .then()
                .statusCode(403);
        assertThat(Fixtures.ballots(db, opened.campaign())).isZero();
        given().get("/vragenlijst/{token}", token).then().statusCode(200);

        form(monitor("4")).post("/vragenlijst/{token}", token).then().statusCode(303);
        assertThat(Fixtures.ballots(db, opened.campaign())).isEqualTo(1);
    }

    @Test
    void pagesLoadNothingFromElsewhereAndSendNoReferer() {
        Fixtures.OpenCampaign opened = open("opleidingsmonitor", 1);
        Response page = given().get("/vragenlijst/{token}", opened.tokens().get(0));
        page.then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .header("Content-Security-Policy", PageHeaders.CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Content-Language", "nl")
                .body(containsString("<meta name=\"referrer\" content=\"no-referrer\">"));
        assertThat(page.asString())
                .as("no address elsewhere, no script, no inline style")
                .doesNotContain("http:", "https:", "<script", "style=");
    }

    @Test
    void dutchUnlessEnglishIsAskedForInTheAddress() {
        Fixtures.OpenCampaign opened = open("opleidingsmonitor", 1);
        String token = opened.tokens().get(0);
        given().header("Accept-Language", "en-US,en;q=0.9")
                .get("/vragenlijst/{token}", token)
                .then()
                .statusCode(200)
                .header("Content-Language", "nl")
                .body(containsString("<html lang=\"nl\">"));
        given().get("/vragenlijst/{token}?lang=en", token)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("strongly disagree"));
        form(Map.of())
                .post("/vragenlijst/{token}?lang=en", token)
                .then()
                .statusCode(400)
                .body(containsString("Choose an answer to this question."));
        form(monitor("4"))
                .post("/vragenlijst/{token}?lang=en", token)
                .then()
                .statusCode(303)
                .header("Location", containsString("/vragenlijst/bedankt?lang=en"));
    }

    @Test
    void answersOutsideTheFormAreShownAsErrorsWithEveryAnswerKeptAndStoreNothing() {
        Fixtures.OpenCampaign opened = open("opleidingsmonitor", 1);
        String token = opened.tokens().get(0);
        Map<String, String> fields = monitor("4");
        fields.put("BS-01", "9");
        fields.put("OK-01", "nvt");
        fields.put("OO-01", "veel");
        fields.put("OPEN-STERK", "x".repeat(2001));
        fields.put("OPEN-VERBETER", "Meer \r\nonderwijs.");
        String page = form(fields)
                .post("/vragenlijst/{token}", token)
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .extract()
                .asString();
        assertThat(page)
                .contains(
                        "<p class=\"error\" id=\"BS-01-error\">Kies een van de antwoorden die er staan.</p>",
                        "<p class=\"error\" id=\"OK-01-error\">Kies een van de antwoorden die er staan.</p>",
                        "<p class=\"error\" id=\"OO-01-error\">Kies een antwoord bij deze vraag.</p>",
                        "<p class=\"error\" id=\"OPEN-STERK-error\">Je antwoord is te lang: hoogstens 2000 tekens.</p>",
                        "<a href=\"#BS-01-1\">Vraag 1: Kies een van de antwoorden die er staan.</a>",
                        "id=\"BS-02-4\" name=\"BS-02\" value=\"4\" checked",
                        "Meer \nonderwijs.</textarea>")
                .doesNotContain("OPEN-VERBETER-error");
        assertThat(Fixtures.ballots(db, opened.campaign())).isZero();
        given().get("/vragenlijst/{token}", token).then().statusCode(200);
    }

    @Test
    void theThermometersOwnResultTravelsOnlyInTheResidentsBrowserAndOnlyOnce() {
        Fixtures.OpenCampaign opened = open("thermometer-welzijn", 2);
        Map<String, String> quitting = Map.of(
                "WB-01", "2", "WB-02", "2", "WB-03", "4", "WB-04", "4", "WB-05", "4", "WB-06", "4", "WB-07", "5");
        Response submitted =
                form(quitting).post("/vragenlijst/{token}", opened.tokens().get(0));
        submitted.then().statusCode(303).header("Location", containsString("/vragenlijst/bedankt"));
        String setCookie = submitted.getHeader("Set-Cookie");
        assertThat(setCookie)
                .startsWith(OwnResultCookie.NAME + "=")
                .contains(
                        ":WB-07=5", "Path=/vragenlijst/bedankt", "Max-Age=600", "HttpOnly", "SameSite=Strict", "Secure")
                .doesNotContain(opened.tokens().get(0));
        String cookie = submitted.getCookie(OwnResultCookie.NAME);

        Response thanks = given().cookie(OwnResultCookie.NAME, cookie).get("/vragenlijst/bedankt");
        thanks.then()
                .statusCode(200)
                .body(containsString("Je denkt vaak aan stoppen met je opleiding."))
                .body(containsString("vertrouwenspersoon"))
                .body(not(containsString("leeg en uitgeput")));
        assertThat(thanks.getHeader("Set-Cookie"))
                .startsWith(OwnResultCookie.NAME + "=;")
                .contains("Max-Age=0");

        given().get("/vragenlijst/bedankt")
                .then()
                .statusCode(200)
                .body(containsString("Dank je wel"))
                .body(not(containsString("Jouw eigen uitkomst")));
        given().cookie(OwnResultCookie.NAME, UUID.randomUUID() + ":WB-07=5")
                .get("/vragenlijst/bedankt")
                .then()
                .statusCode(200)
                .body(not(containsString("Jouw eigen uitkomst")));
        given().cookie(OwnResultCookie.NAME, "'; DROP TABLE response; --")
                .get("/vragenlijst/bedankt")
                .then()
                .statusCode(200)
                .body(not(containsString("Jouw eigen uitkomst")));

        Map<String, String> calm = new HashMap<>(quitting);
        calm.put("WB-07", "1");
        String calmCookie =
                form(calm).post("/vragenlijst/{token}", opened.tokens().get(1)).getCookie(OwnResultCookie.NAME);
        given().cookie(OwnResultCookie.NAME, calmCookie)
                .get("/vragenlijst/bedankt")
                .then()
                .statusCode(200)
                .body(containsString("Je antwoorden geven geen signaal"))
                .body(containsString("bedrijfsarts"));
        given().cookie(OwnResultCookie.NAME, cookie)
                .get("/vragenlijst/bedankt?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("You often think about quitting your training."))
                .body(containsString("confidential advisor"));
        given().get("/api/answers/{token}", opened.tokens().get(1)).then().statusCode(409);
    }

    @Test
    void noLogLineOfThePagesCarriesThePersonalLink() {
        Fixtures.OpenCampaign opened = open("opleidingsmonitor", 1);
        String token = opened.tokens().get(0);
        try (LogCapture log = LogCapture.start()) {
            given().get("/vragenlijst/{token}", token).then().statusCode(200);
            given().get("/vragenlijst/{token}?lang=xx", token).then().statusCode(400);
            form(Map.of("BS-01", "9"))
                    .post("/vragenlijst/{token}", token)
                    .then()
                    .statusCode(400);
            given().redirects()
                    .follow(false)
                    .header("Sec-Fetch-Site", "cross-site")
                    .contentType(ContentType.URLENC)
                    .formParams(monitor("4"))
                    .post("/vragenlijst/{token}", token)
                    .then()
                    .statusCode(403);
            form(monitor("4")).post("/vragenlijst/{token}", token).then().statusCode(303);
            form(monitor("4")).post("/vragenlijst/{token}", token).then().statusCode(404);
            given().get("/vragenlijst/{token}", token).then().statusCode(404);
            // A late invitation is mailed, and the mock mailbox logs its mail: proof that this capture sees the log.
            Fixtures.inviteLate(opened.campaign(), opened.region(), opened.programme());
            Fixtures.close(opened.campaign(), opened.region());
            assertThat(log.lines()).anyMatch(line -> line.contains("Sending email"));
            assertThat(log.lines())
                    .noneMatch(line -> line.contains(token)
                            || line.contains(PersonalLinks.hash(token))
                            || line.contains(token.substring(0, 16)));
        }
        assertThat(Fixtures.responses(db, opened.campaign())).isEqualTo(1);
        given().get("/vragenlijst/bedankt").then().body(containsString("<title>Dank je wel</title>"));
        given().get("/vragenlijst/bedankt?lang=en").then().body(containsString("<title>Thank you</title>"));
        given().get("/api/answers/{token}", token).then().statusCode(404).body("status", equalTo(404));
    }
}
