package nl.opleidingsklimaat.events.poll;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

@QuarkusTest
class PollPageTest {
    private static final String QUESTION = "Welk onderwerp wil je verder uitdiepen?";
    private static final List<String> OPTIONS = List.of("Welzijn van de aios", "Feedback geven", "Roostering");

    @TestHTTPResource("/")
    URL root;

    @Test
    void participantsAnswerByCodeOnTheirPhonesAndTheRoomSeesResultsOnlyFromFourAnswers() throws Exception {
        Organisation org = Fixtures.organisation();
        String code = openPoll(org);
        String join = root + "poll/" + code;

        try (Browser screen = Browser.desktop();
                Browser phone = Browser.phone();
                Browser plainPhone = Browser.phoneWithoutJavaScript()) {
            screen.open(join + "/results");
            assertThat(screen.text())
                    .contains(QUESTION, code, "Nog geen uitslag")
                    .doesNotContain("antwoorden geteld");
            assertThat(screen.findAll(By.tagName("meter"))).isEmpty();
            assertThat(screen.seriousAccessibilityViolations()).isEmpty();
            screen.screenshot("poll-results-waiting");

            phone.open(root + "poll");
            assertThat(phone.driver().executeScript("return window.innerWidth")).isEqualTo(360L);
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("poll-join");
            String typed =
                    code.substring(0, 3).toLowerCase() + " " + code.substring(3).toLowerCase();
            phone.find(By.id("code")).sendKeys(typed);
            phone.submitForm();
            assertThat(phone.currentUrl()).isEqualTo(join);
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo(QUESTION);
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("poll-phone");
            answerOnPage(phone, "Welzijn van de aios");
            assertThat(phone.text()).contains("Bedankt, je antwoord is ontvangen");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("poll-phone-answered");
            phone.open(join);
            assertThat(phone.text()).as("the same browser is not asked again").contains("Bedankt");
            assertThat(phone.findAll(By.name("option"))).isEmpty();
            assertThat(phone.consoleErrors()).isEmpty();

            plainPhone.open(join);
            plainPhone.submitForm();
            assertThat(plainPhone.find(By.id("answer-error")).getText()).isEqualTo("Kies een van de antwoorden.");
            assertThat(plainPhone.title()).startsWith("Fout:");
            assertThat(plainPhone.seriousAccessibilityViolations()).isEmpty();
            plainPhone.screenshot("poll-phone-error");
            answerOnPage(plainPhone, "Feedback geven");
            assertThat(plainPhone.text()).contains("Bedankt, je antwoord is ontvangen");

            plainPhone.driver().manage().deleteAllCookies(); // another participant's browser
            plainPhone.open(join);
            answerOnPage(plainPhone, "Welzijn van de aios");

            screen.open(join + "/results");
            assertThat(screen.text())
                    .as("three answers wait, sealed: no figure at all")
                    .contains("Nog geen uitslag")
                    .doesNotContain("antwoorden geteld");
            assertThat(screen.findAll(By.tagName("meter"))).isEmpty();

            plainPhone.driver().manage().deleteAllCookies();
            plainPhone.open(join);
            answerOnPage(plainPhone, "Roostering");

            // the screen's own script brings the results in, without a reload
            new WebDriverWait(screen.driver(), Duration.ofSeconds(30))
                    .until(driver -> screen.text().contains("4 antwoorden geteld"));
            List<String> counts = screen.findAll(By.tagName("meter")).stream()
                    .map(meter -> meter.getAttribute("value"))
                    .toList();
            assertThat(counts).containsExactly("2", "1", "1");
            assertThat(screen.find(By.cssSelector("label[for=bar-1]")).getText())
                    .isEqualTo("Welzijn van de aios");
            assertThat(screen.seriousAccessibilityViolations()).isEmpty();
            assertThat(screen.consoleErrors()).isEmpty();
            screen.screenshot("poll-results");
        }
    }

    @Test
    void everyKindOfPollAndEveryStateOfItsPagePassesAxeOnAPhone() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 20);
        Created scale = createPoll(
                org,
                eventId,
                Map.of("question", "Hoe vitaal voel je je?", "type", "scale", "scaleMin", 1, "scaleMax", 10));
        Created percent = createPoll(
                org,
                eventId,
                Map.of(
                        "question",
                        "Hoeveel procent van je tijd is opleiding?",
                        "type",
                        "scale",
                        "scaleMin",
                        0,
                        "scaleMax",
                        100));
        Created words =
                createPoll(org, eventId, Map.of("question", "Eén woord voor je opleiding", "type", "word-cloud"));

        try (Browser phone = Browser.phoneWithoutJavaScript()) {
            phone.open(root + "poll/" + scale.code());
            assertThat(phone.text()).contains("nog niet geopend");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            for (Created poll : List.of(scale, percent, words)) {
                given().auth()
                        .oauth2(org.coc())
                        .post("/api/polls/{id}/opening", poll.id())
                        .then()
                        .statusCode(200);
            }

            phone.open(root + "poll/" + scale.code());
            assertThat(phone.findAll(By.name("value"))).hasSize(10);
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("poll-phone-scale");

            phone.open(root + "poll/" + percent.code());
            phone.find(By.id("answer")).sendKeys("150");
            phone.submitForm();
            assertThat(phone.find(By.id("answer-error")).getText()).isEqualTo("Kies een getal van 0 tot en met 100.");
            assertThat(phone.find(By.id("answer")).getAttribute("value")).isEqualTo("150");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.screenshot("poll-phone-number-error");

            phone.open(root + "poll/" + words.code());
            phone.find(By.id("answer")).sendKeys("Leerzaam");
            phone.submitForm();
            assertThat(phone.text()).contains("Bedankt");

            phone.open(root + "poll?code=ABCDEF");
            assertThat(phone.find(By.id("code-error")).getText()).isEqualTo("Geen peiling met deze code");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();

            given().auth()
                    .oauth2(org.coc())
                    .post("/api/polls/{id}/closing", words.id())
                    .then()
                    .statusCode(200);
            phone.open(root + "poll/" + words.code());
            assertThat(phone.text()).contains("Deze peiling is gesloten");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
            phone.open(root + "poll/" + words.code() + "/results");
            assertThat(phone.text()).contains("Nog geen uitslag", "De peiling is gesloten");
            assertThat(phone.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void aBrowserAnswersOnceAndAForgedCrossSitePostChangesNothing() {
        Organisation org = Fixtures.organisation();
        String code = openPoll(org);

        post(code, "browser-aaaaaaaaaaaaaa", Map.of("Sec-Fetch-Site", "cross-site"))
                .then()
                .statusCode(403);
        post(code, "browser-bbbbbbbbbbbbbb", Map.of("Origin", "https://elders.example"))
                .then()
                .statusCode(403);
        post(code, "browser-cccccccccccccc", Map.of("Sec-Fetch-Site", "same-origin"))
                .then()
                .statusCode(303);
        post(code, "browser-cccccccccccccc", Map.of("Sec-Fetch-Site", "same-origin"))
                .then()
                .statusCode(409)
                .body(containsString("Bedankt"));
        post(code, "browser-dddddddddddddd", Map.of()).then().statusCode(303);
        post(code, "browser-eeeeeeeeeeeeee", Map.of()).then().statusCode(303);
        given().get("/poll/{code}/results", code)
                .then()
                .statusCode(200)
                .body(containsString("Nog geen uitslag"))
                .body(not(containsString("antwoorden geteld")));

        post(code, "browser-ffffffffffffff", Map.of()).then().statusCode(303);
        given().get("/poll/{code}/results", code).then().statusCode(200).body(containsString("4 antwoorden geteld"));
    }

    @Test
    void aPostWithoutTheBrowsersCookieOrWithAnAnswerThatDoesNotFitIsRefusedAndNotCounted() {
        Organisation org = Fixtures.organisation();
        String code = openPoll(org);

        given().contentType(ContentType.URLENC)
                .formParam("option", OPTIONS.get(0))
                .post("/poll/{code}", code)
                .then()
                .statusCode(422)
                .body(containsString("cookies"));
        post(code, "browser-aaaaaaaaaaaaaa", Map.of(), "option", "Iets anders")
                .then()
                .statusCode(422)
                .body(containsString("Kies een van de antwoorden."));
        for (String browser : List.of("browser-bbbbbbbbbbbbbb", "browser-cccccccccccccc", "browser-dddddddddddddd")) {
            post(code, browser, Map.of()).then().statusCode(303);
        }
        given().get("/poll/{code}/results", code)
                .then()
                .body(containsString("Nog geen uitslag"))
                .body(not(containsString("antwoorden geteld")));
    }

    @Test
    void aPageSaysWhenAPollIsNotOpenOrTheCodeIsUnknown() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 20);
        Created poll = createPoll(org, eventId, Map.of("question", "Eén woord", "type", "word-cloud"));
        String pollId = poll.id();
        String code = poll.code();

        given().get("/poll/{code}", code).then().statusCode(200).body(containsString("nog niet geopend"));
        given().get("/poll?code={typed}", "ZZZ ZZZ")
                .then()
                .statusCode(404)
                .body(containsString("Geen peiling met deze code"));
        given().redirects()
                .follow(false)
                .get("/poll?code={typed}", code.toLowerCase())
                .then()
                .statusCode(303)
                .header("Location", equalTo(root + "poll/" + code));

        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/opening", pollId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/closing", pollId)
                .then()
                .statusCode(200);
        given().get("/poll/{code}", code).then().statusCode(200).body(containsString("Deze peiling is gesloten"));
        post(code, "browser-aaaaaaaaaaaaaa", Map.of(), "text", "veerkracht")
                .then()
                .statusCode(409)
                .body(containsString("gesloten"));
    }

    @Test
    void theRoomsQrCodeLeadsToThePollAndPagesSendNoReferrerAndAreNotStored() throws Exception {
        Organisation org = Fixtures.organisation();
        String code = openPoll(org);

        byte[] png = given().get("/poll/{code}/qr.png", code)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new MultiFormatReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
        assertThat(decoded).isEqualTo(root + "poll/" + code);

        Response page = given().get("/poll/{code}", code);
        page.then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        assertThat(page.getHeader("Set-Cookie"))
                .contains("poll-browser=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    private static void answerOnPage(Browser browser, String option) {
        browser.find(By.xpath("//label[normalize-space()='" + option + "']")).click();
        browser.submitForm();
    }

    private static Response post(String code, String browser, Map<String, String> headers) {
        return post(code, browser, headers, "option", OPTIONS.get(1));
    }

    private static Response post(
            String code, String browser, Map<String, String> headers, String field, String answer) {
        return given().redirects()
                .follow(false)
                .cookie(PollPage.BROWSER_COOKIE, browser.substring("browser-".length()) + "xxxxxxxx")
                .headers(headers)
                .contentType(ContentType.URLENC)
                .formParam(field, answer)
                .post("/poll/{code}", code);
    }

    /** A published event's multiple-choice poll, opened; its join code. */
    private static String openPoll(Organisation org) {
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 20);
        Created poll =
                createPoll(org, eventId, Map.of("question", QUESTION, "type", "multiple-choice", "options", OPTIONS));
        return given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/opening", poll.id())
                .then()
                .statusCode(200)
                .body("joinCode", equalTo(poll.code()))
                .extract()
                .path("joinCode");
    }

    private record Created(String id, String code) {}

    private static Created createPoll(Organisation org, String eventId, Map<String, Object> poll) {
        Map<String, Object> created = given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(poll)
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        String code = (String) created.get("joinCode");
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        return new Created((String) created.get("id"), code);
    }
}
