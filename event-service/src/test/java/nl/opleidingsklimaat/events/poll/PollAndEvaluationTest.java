package nl.opleidingsklimaat.events.poll;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PollAndEvaluationTest {

    @Test
    void aLivePollIsAnsweredOncePerParticipantAndShowsResultsFromFourAnswers() {
        Organisation org = Fixtures.organisation();
        Organisation other = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 10);
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String token = org.resident("poll-" + i + "-" + org.institution());
            Fixtures.register(token, eventId, Fixtures.registration(org, "Deelnemer " + i));
            participants.add(token);
        }
        String pollId = given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("question", "Hoe vitaal voel jij je?", "type", "scale", "scaleMin", 1, "scaleMax", 10))
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(201)
                .body("status", equalTo("prepared"))
                .extract()
                .path("id");
        answer(participants.get(0), pollId, Map.of("value", 6)).then().statusCode(409);
        given().auth()
                .oauth2(participants.get(0))
                .post("/api/polls/{id}/opening", pollId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(other.coc())
                .post("/api/polls/{id}/opening", pollId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/opening", pollId)
                .then()
                .statusCode(200)
                .body("status", equalTo("open"));

        answer(participants.get(0), pollId, Map.of("value", 6)).then().statusCode(204);
        answer(participants.get(0), pollId, Map.of("value", 9))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        answer(participants.get(1), pollId, Map.of("value", 11))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("value"));
        answer(org.resident("outsider-" + org.institution()), pollId, Map.of("value", 5))
                .then()
                .statusCode(404);
        answer(participants.get(1), pollId, Map.of("value", 7)).then().statusCode(204);
        answer(participants.get(2), pollId, Map.of("value", 8)).then().statusCode(204);

        given().auth()
                .oauth2(participants.get(0))
                .get("/api/polls/{id}/results", pollId)
                .then()
                .statusCode(200)
                .body("counted", equalTo(0))
                .body("shown", equalTo(false))
                .body("counts", anEmptyMap())
                .body("mean", nullValue());
        answer(participants.get(3), pollId, Map.of("value", 7)).then().statusCode(204);
        given().auth()
                .oauth2(org.coc())
                .get("/api/polls/{id}/results", pollId)
                .then()
                .statusCode(200)
                .body("counted", equalTo(4))
                .body("shown", equalTo(true))
                .body("counts.7", equalTo(2))
                .body("counts.6", equalTo(1))
                .body("mean", equalTo(7.0f));
        given().auth()
                .oauth2(other.coc())
                .get("/api/polls/{id}/results", pollId)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/closing", pollId)
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"));
        answer(participants.get(4), pollId, Map.of("value", 7)).then().statusCode(409);
    }

    @Test
    void pollsMustBeWellFormedAndAnswersMustFitThem() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 10);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("question", "Kies", "type", "multiple-choice", "options", List.of("Alleen")))
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("options"));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("question", "Schaal", "type", "scale"))
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(400);
        String cloud = given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("question", "Eén woord", "type", "word-cloud"))
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String choice = given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "question",
                        "Werkt het vangnet?",
                        "type",
                        "multiple-choice",
                        "options",
                        List.of("Ja", "Nee", "Deels")))
                .post("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/opening", cloud)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(org.coc())
                .post("/api/polls/{id}/opening", choice)
                .then()
                .statusCode(200);
        String token = org.resident("form-" + org.institution());
        Fixtures.register(token, eventId, Fixtures.registration(org, "Vormvast"));
        answer(token, choice, Map.of("option", "Misschien"))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("option"));
        answer(token, cloud, Map.of("value", 3)).then().statusCode(400).body("violations.field", hasItem("text"));
        answer(token, cloud, Map.of("text", "Veerkracht ")).then().statusCode(204);
        given().auth()
                .oauth2(token)
                .get("/api/training-events/{id}/polls", eventId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void onlyAttendeesEvaluateAndResultsShowFromFourAnswers() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        List<String> attendees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String token = org.resident("eval-" + i + "-" + org.institution());
            String registration = Fixtures.register(token, eventId, Fixtures.registration(org, "Aanwezig " + i));
            given().auth()
                    .oauth2(org.coc())
                    .contentType(ContentType.JSON)
                    .body(Map.of("time", "13:00"))
                    .post("/api/registrations/{id}/check-in", registration)
                    .then()
                    .statusCode(200);
            attendees.add(token);
        }
        String absent = org.resident("eval-absent-" + org.institution());
        Fixtures.register(absent, eventId, Fixtures.registration(org, "Afwezig"));
        evaluate(attendees.get(0), eventId, 4, 5, "Meer intervisie").then().statusCode(409);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("message", "Welzijn op elke agenda"))
                .post("/api/training-events/{id}/take-home-messages", eventId)
                .then()
                .statusCode(200)
                .body("takeHomeMessages", contains("Welzijn op elke agenda"));
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/completion", eventId)
                .then()
                .statusCode(200);

        evaluate(absent, eventId, 5, 5, null).then().statusCode(403);
        evaluate(attendees.get(0), eventId, 6, 5, null).then().statusCode(400);
        evaluate(attendees.get(0), eventId, 4, 5, "Meer intervisie").then().statusCode(204);
        evaluate(attendees.get(0), eventId, 4, 5, null).then().statusCode(409);
        evaluate(attendees.get(1), eventId, 5, 4, null).then().statusCode(204);
        evaluate(attendees.get(2), eventId, 3, 4, null).then().statusCode(204);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/evaluation", eventId)
                .then()
                .statusCode(200)
                .body("counted", equalTo(0))
                .body("shown", equalTo(false))
                .body("meanOverall", nullValue());
        evaluate(attendees.get(3), eventId, 4, 3, "Signalen eerder bespreken")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/evaluation", eventId)
                .then()
                .statusCode(200)
                .body("counted", equalTo(4))
                .body("shown", equalTo(true))
                .body("meanOverall", equalTo(4.0f))
                .body("meanRelevance", equalTo(4.0f))
                .body("participantTakeHomes", contains("Meer intervisie", "Signalen eerder bespreken"))
                .body("organiserTakeHomeMessages", contains("Welzijn op elke agenda"));
        given().auth()
                .oauth2(attendees.get(0))
                .get("/api/training-events/{id}/evaluation", eventId)
                .then()
                .statusCode(403);
    }

    private static io.restassured.response.Response answer(String token, String pollId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/polls/{id}/answers", pollId);
    }

    private static io.restassured.response.Response evaluate(
            String token, String eventId, int overall, int relevance, String takeHome) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("overall", overall, "relevance", relevance));
        if (takeHome != null) {
            body.put("takeHome", takeHome);
        }
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events/{id}/evaluation/answers", eventId);
    }
}
