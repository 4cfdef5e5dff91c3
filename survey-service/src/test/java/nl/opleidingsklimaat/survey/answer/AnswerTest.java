package nl.opleidingsklimaat.survey.answer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.opleidingsklimaat.survey.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnswerTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private Fixtures.OpenCampaign openCampaign(String instrument, int residents) {
        return Fixtures.openCampaign(db, mailbox, instrument, residents);
    }

    private long responses(String campaign) {
        return Fixtures.responses(db, campaign);
    }

    private long ballots(String campaign) {
        return Fixtures.ballots(db, campaign);
    }

    @Test
    void theLinkShowsTheQuestionnaireByDomainWithTheScaleOptions() {
        Fixtures.OpenCampaign opened = openCampaign("opleidingsmonitor", 1);
        given().get("/api/answers/{token}", opened.tokens().get(0))
                .then()
                .statusCode(200)
                .body("instrumentName", equalTo("Opleidingsmonitor"))
                .body(
                        "sections.domain",
                        hasItems(
                                "begeleiding-en-supervisie",
                                "opleidingsklimaat",
                                "onderwijs-en-organisatie",
                                "open-vragen"))
                .body("sections[0].questions[0].options[0].label", equalTo("helemaal mee oneens"))
                .body("sections[0].questions[0].notApplicableAllowed", equalTo(true));
        given().get("/api/answers/{token}", "onbekend-token")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void invalidAnswersStoreNothingAndLeaveTheLinkUsable() {
        Fixtures.OpenCampaign opened = openCampaign("opleidingsmonitor", 1);
        String token = opened.tokens().get(0);
        Map<String, Object> body = Fixtures.monitorAnswers(4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) body.get("answers"));
        answers.removeIf(a -> a.get("item").equals("BS-02"));
        answers.replaceAll(a -> a.get("item").equals("BS-03") ? Map.of("item", "BS-03", "value", 6) : a);
        answers.replaceAll(a -> a.get("item").equals("OK-01") ? Map.of("item", "OK-01", "notApplicable", true) : a);
        answers.add(Map.of("item", "XX-99", "value", 3));
        answers.add(Map.of("item", "OPEN-STERK", "text", "x".repeat(2001)));
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", answers))
                .post("/api/answers/{token}", token)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.message",
                        hasItems(
                                "item BS-02 is required",
                                "must be between 1 and 5",
                                "unknown item XX-99",
                                "item OK-01 has no 'niet van toepassing'",
                                "at most 2000 characters"));
        given().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"item\": \"BS-01\", \"value\": \"veel\"}]}")
                .post("/api/answers/{token}", token)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(ballots(opened.campaign())).isZero();
        assertThat(Fixtures.count(
                        db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid AND used", opened.campaign()))
                .isZero();

        Map<String, Object> valid = Fixtures.monitorAnswers(4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> validAnswers = new ArrayList<>((List<Map<String, Object>>) valid.get("answers"));
        validAnswers.replaceAll(
                a -> a.get("item").equals("BS-05") ? Map.of("item", "BS-05", "notApplicable", true) : a);
        validAnswers.add(Map.of("item", "OPEN-STERK", "text", "Goede sfeer in de groep."));
        given().contentType(ContentType.JSON)
                .body(Map.of("answers", validAnswers))
                .post("/api/answers/{token}", token)
                .then()
                .statusCode(200)
                .body("message", containsString("anoniem"))
                .body("wellbeing", nullValue());
        assertThat(ballots(opened.campaign()))
                .as("sealed while the campaign is open")
                .isEqualTo(1);
        assertThat(responses(opened.campaign())).isZero();
        Fixtures.close(opened.campaign(), opened.region());
        assertThat(responses(opened.campaign())).isEqualTo(1);
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id
                WHERE r.campaign_id = ?::uuid AND a.not_applicable AND a.numeric_value IS NULL""", opened.campaign())).isEqualTo(1);
    }

    @Test
    void aLinkIsUsedOnceAlsoUnderConcurrentSubmits() throws Exception {
        Fixtures.OpenCampaign opened = openCampaign("opleidingsmonitor", 1);
        String token = opened.tokens().get(0);
        int submitters = 8;
        ExecutorService pool = Executors.newFixedThreadPool(submitters);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < submitters; i++) {
            Callable<Integer> submit = () -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .body(Fixtures.monitorAnswers(3))
                        .post("/api/answers/{token}", token)
                        .statusCode();
            };
            results.add(pool.submit(submit));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(submitters - 1);
        assertThat(ballots(opened.campaign())).isEqualTo(1);

        given().get("/api/answers/{token}", token).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void afterClosingEveryLinkIsForgotten() {
        Fixtures.OpenCampaign opened = openCampaign("opleidingsmonitor", 2);
        Fixtures.answer(opened.tokens().get(0), Fixtures.monitorAnswers(4));
        Fixtures.close(opened.campaign(), opened.region());
        // The links' hashes are deleted at closing (how many links an invitation got would say whether it answered
        // before a reminder), so a closed campaign's link is unknown: 404 with a detail that says why.
        given().get("/api/answers/{token}", opened.tokens().get(1))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("closed"));
        given().contentType(ContentType.JSON)
                .body(Fixtures.monitorAnswers(4))
                .post("/api/answers/{token}", opened.tokens().get(1))
                .then()
                .statusCode(404);
        assertThat(responses(opened.campaign())).isEqualTo(1);
    }

    @Test
    void theThermometerShowsTheResidentTheirOwnResultWithHelpAndStoresNoResult() {
        Fixtures.OpenCampaign opened = openCampaign("thermometer-welzijn", 1);
        Map<String, Object> body = new HashMap<>(Map.of(
                "answers",
                List.of(
                        Map.of("item", "WB-01", "value", 5),
                        Map.of("item", "WB-02", "value", 4),
                        Map.of("item", "WB-03", "value", 2),
                        Map.of("item", "WB-04", "value", 2),
                        Map.of("item", "WB-05", "value", 2),
                        Map.of("item", "WB-06", "value", 1),
                        Map.of("item", "WB-07", "value", 2))));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/answers/{token}", opened.tokens().get(0))
                .then()
                .statusCode(200)
                .body("wellbeing.signals.indicator", org.hamcrest.Matchers.contains("exhaustion"))
                .body("wellbeing.signals[0].yourAnswer", equalTo(5))
                .body("wellbeing.whereToGetHelp", containsString("bedrijfsarts"))
                .body("wellbeing.whereToGetHelp", containsString("vertrouwenspersoon"))
                .body("wellbeing.whereToGetHelp", containsString("coach"));
        Fixtures.close(opened.campaign(), opened.region());
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id WHERE r.campaign_id = ?::uuid""", opened.campaign()))
                .as("only the seven answers are stored")
                .isEqualTo(7);
    }
}
