package nl.opleidingsklimaat.events.poll;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import org.junit.jupiter.api.Test;

/** A quiz: a choice poll with a correct answer, shown only once the poll is closed, and the share answering it. */
@QuarkusTest
class QuizPollTest {

    @Test
    void theCorrectAnswerIsHiddenWhileTheQuizIsOpenAndShownWithTheShareCorrectAfterClosing() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 10);
        List<String> participants = participants(org, eventId, 4);
        Response created = given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(quiz("Hoeveel aios denkt aan stoppen?"))
                .post("/api/training-events/{id}/polls", eventId);
        created.then().statusCode(201).body("quiz", equalTo(true)).body("correctOptions", contains("Een kwart"));
        String pollId = created.path("id");
        String code = created.path("joinCode");
        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/opening", pollId)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(participants.get(0))
                .get("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(200)
                .body("items[0].quiz", equalTo(true))
                .body("items[0].correctOptions", nullValue());
        answer(participants.get(0), pollId, "Een kwart");
        answer(participants.get(1), pollId, "Een kwart");
        answer(participants.get(2), pollId, "De helft");
        answer(participants.get(3), pollId, "Een kwart");
        given().auth()
                .oauth2(org.coc())
                .get("/api/polls/{id}/results", pollId)
                .then()
                .statusCode(200)
                .body("counted", equalTo(4))
                .body("counts.'Een kwart'", equalTo(3))
                .body("correctOptions", nullValue())
                .body("correctPercent", nullValue());
        given().get("/poll/{code}/results", code)
                .then()
                .statusCode(200)
                .body(containsString("4 antwoorden geteld"))
                .body(not(containsString("juist")));
        given().get("/poll/{code}", code).then().statusCode(200).body(not(containsString("juist")));

        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/closing", pollId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(participants.get(0))
                .get("/api/polls/{id}/results", pollId)
                .then()
                .statusCode(200)
                .body("correctOptions", contains("Een kwart"))
                .body("correctPercent", equalTo(75));
        given().auth()
                .oauth2(participants.get(1))
                .get("/api/training-events/{id}/polls", eventId)
                .then()
                .body("items[0].correctOptions", contains("Een kwart"));
        given().get("/poll/{code}/results", code)
                .then()
                .statusCode(200)
                .body(containsString("Een kwart <strong>(juist antwoord)</strong>"))
                .body(containsString("75% antwoordde juist"))
                .body(containsString("Het juiste antwoord: Een kwart"));
        given().get("/poll/{code}", code).then().statusCode(200).body(containsString("Het juiste antwoord: Een kwart"));
    }

    @Test
    void aClosedQuizWithFewerThanFourAnswersShowsTheAnswerButNoShare() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 10);
        List<String> participants = participants(org, eventId, 3);
        String pollId = given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(quiz("Wat is een signaal van burn-out?"))
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/opening", pollId)
                .then()
                .statusCode(200);
        for (String participant : participants) {
            answer(participant, pollId, "Een kwart");
        }
        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/closing", pollId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(org.coc())
                .get("/api/polls/{id}/results", pollId)
                .then()
                .statusCode(200)
                .body("shown", equalTo(false))
                .body("correctOptions", contains("Een kwart"))
                .body("correctPercent", nullValue());
    }

    @Test
    void correctOptionsMustBeOptionsOfAChoicePoll() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 10);
        Map<String, Object> unknown = quiz("Kies");
        unknown.put("correctOptions", List.of("Alle aios"));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(unknown)
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("correctOptions"));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "question",
                        "Hoe vitaal?",
                        "type",
                        "scale",
                        "scaleMin",
                        1,
                        "scaleMax",
                        5,
                        "correctOptions",
                        List.of("5")))
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("correctOptions"));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/polls", eventId)
                .then()
                .body("totalItems", equalTo(0));
    }

    private static Map<String, Object> quiz(String question) {
        return new java.util.HashMap<>(Map.of(
                "question",
                question,
                "type",
                "multiple-choice",
                "options",
                List.of("Een tiende", "Een kwart", "De helft"),
                "correctOptions",
                List.of("Een kwart")));
    }

    private static List<String> participants(Organisation org, String eventId, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String token = org.resident("quiz-" + i + "-" + org.institution());
            Fixtures.register(token, eventId, Fixtures.registration(org, "Deelnemer " + i));
            tokens.add(token);
        }
        return tokens;
    }

    private static void answer(String token, String pollId, String option) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("option", option))
                .post("/api/polls/{id}/answers", pollId)
                .then()
                .statusCode(204);
    }
}
