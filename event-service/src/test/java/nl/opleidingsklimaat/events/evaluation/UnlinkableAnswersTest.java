package nl.opleidingsklimaat.events.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.TestSql;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, attacks 1 and 6 for event-service: a database reader must not pair an evaluation or poll answer with who
 * gave it (same transaction id, or the order rows are stored in), and reading results before and after one more answer
 * must not isolate it.
 */
@QuarkusTest
class UnlinkableAnswersTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void evaluationResultsChangeOnlyInGroupsOfFourSoTheFifthAnswerCannotBeIsolated() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        List<String> attendees = attendees(org, eventId, 5);
        Fixtures.complete(org, eventId);

        for (int i = 0; i < 3; i++) {
            Fixtures.evaluate(attendees.get(i), eventId, 4, 4, "Boodschap " + i);
        }
        results(org, eventId)
                .body("shown", equalTo(false))
                .body("counted", equalTo(0))
                .body("meanOverall", nullValue())
                .body("meanRelevance", nullValue())
                .body("participantTakeHomes", empty());

        Fixtures.evaluate(attendees.get(3), eventId, 4, 4, "Boodschap 3");
        results(org, eventId)
                .body("shown", equalTo(true))
                .body("counted", equalTo(4))
                .body("meanOverall", equalTo(4.0f))
                .body("participantTakeHomes.size()", equalTo(4))
                .body("counting", containsString("groups of at least 4"));

        // the fifth answer is very different; reading after it must show exactly what was shown after the fourth
        Fixtures.evaluate(attendees.get(4), eventId, 1, 1, "De vijfde");
        results(org, eventId)
                .body("shown", equalTo(true))
                .body("counted", equalTo(4))
                .body("meanOverall", equalTo(4.0f))
                .body("meanRelevance", equalTo(4.0f))
                .body("participantTakeHomes.size()", equalTo(4));
        assertThat(TestSql.count(
                        dataSource, "SELECT count(*) FROM sealed_ballot WHERE box = ?", "evaluation/" + eventId))
                .as("the fifth waits, sealed, for three more")
                .isEqualTo(1);
    }

    @Test
    void pollResultsChangeOnlyInGroupsOfFour() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(2), 10);
        List<String> participants = registered(org, eventId, 5);
        String pollId = openPoll(
                org, eventId, Map.of("question", "Hoe vitaal?", "type", "scale", "scaleMin", 1, "scaleMax", 10));

        for (int i = 0; i < 3; i++) {
            answerPoll(participants.get(i), pollId, Map.of("value", 6));
        }
        pollResults(org, pollId)
                .body("shown", equalTo(false))
                .body("counted", equalTo(0))
                .body("counts", anEmptyMap())
                .body("mean", nullValue());
        answerPoll(participants.get(3), pollId, Map.of("value", 6));
        pollResults(org, pollId)
                .body("shown", equalTo(true))
                .body("counted", equalTo(4))
                .body("counts.6", equalTo(4))
                .body("mean", equalTo(6.0f));
        answerPoll(participants.get(4), pollId, Map.of("value", 10));
        pollResults(org, pollId)
                .body("counted", equalTo(4))
                .body("counts.6", equalTo(4))
                .body("counts.10", equalTo(0))
                .body("mean", equalTo(6.0f));
    }

    @Test
    void noEvaluationOrPollAnswerSharesItsTransactionWithWhoGaveItAlone() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        List<String> attendees = attendees(org, eventId, 8);
        String pollId = openPoll(org, eventId, Map.of("question", "Eén woord", "type", "word-cloud"));
        for (int i = 0; i < 8; i++) {
            answerPoll(attendees.get(i), pollId, Map.of("text", "woord" + i));
        }
        Fixtures.complete(org, eventId);
        for (int i = 0; i < 8; i++) {
            Fixtures.evaluate(attendees.get(i), eventId, 1 + i % 5, 5 - i % 5, "Antwoord " + i);
        }
        assertThat(TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM evaluation_answer WHERE event_id = ?",
                        UUID.fromString(eventId)))
                .isEqualTo(8);
        assertThat(TestSql.count(
                        dataSource, "SELECT count(*) FROM poll_answer WHERE poll_id = ?", UUID.fromString(pollId)))
                .isEqualTo(8);

        // the attack of the issue: join who answered with what was answered on the transaction id
        assertThat(TestSql.rows(dataSource, """
                SELECT r.name, a.take_home FROM registration r JOIN evaluation_answer a ON a.xmin::text = r.xmin::text""")).isEmpty();
        assertThat(TestSql.rows(dataSource, """
                SELECT r.name, a.answer FROM registration r JOIN poll_answer a ON a.xmin::text = r.xmin::text""")).isEmpty();
        // who answered is marked in the transaction that sealed the answer; a transaction that also stored answers
        // stored
        // a group of at least 4, so the marker points at a group, never at one answer
        assertThat(TestSql.rows(dataSource, """
                SELECT p.person_reference, count(*) FROM evaluation_participation p JOIN evaluation_answer a ON a.xmin::text = p.xmin::text
                WHERE p.event_id = ? GROUP BY p.person_reference HAVING count(*) < 4""", UUID.fromString(eventId))).isEmpty();
        assertThat(TestSql.rows(dataSource, """
                SELECT p.person_reference, count(*) FROM poll_participation p JOIN poll_answer a ON a.xmin::text = p.xmin::text
                WHERE p.poll_id = ? GROUP BY p.person_reference HAVING count(*) < 4""", UUID.fromString(pollId))).isEmpty();
        assertThat(TestSql.count(dataSource, """
                SELECT count(DISTINCT p.person_reference) FROM evaluation_participation p
                JOIN evaluation_answer a ON a.xmin::text = p.xmin::text WHERE p.event_id = ?""", UUID.fromString(eventId)))
                .as("only the 4th and the 8th share a transaction with answers: those of their whole group")
                .isEqualTo(2);
    }

    @Test
    void openedAnswersAreNotStoredInTheOrderTheyWereGiven() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        List<String> attendees = attendees(org, eventId, 8);
        String pollId = openPoll(org, eventId, Map.of("question", "Eén woord", "type", "word-cloud"));
        List<String> givenOrder = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answerPoll(attendees.get(i), pollId, Map.of("text", "woord" + i));
        }
        Fixtures.complete(org, eventId);
        for (int i = 0; i < 8; i++) {
            Fixtures.evaluate(attendees.get(i), eventId, 3, 3, "Antwoord " + i);
            givenOrder.add("Antwoord " + i);
        }

        List<String> storedOrder = TestSql.rows(
                        dataSource,
                        "SELECT take_home FROM evaluation_answer WHERE event_id = ? ORDER BY ctid",
                        UUID.fromString(eventId))
                .stream()
                .map(r -> r.get(0))
                .toList();
        assertThat(storedOrder).containsExactlyInAnyOrderElementsOf(givenOrder).isNotEqualTo(givenOrder);
        List<String> storedWords = TestSql.rows(
                        dataSource,
                        "SELECT answer FROM poll_answer WHERE poll_id = ? ORDER BY ctid",
                        UUID.fromString(pollId))
                .stream()
                .map(r -> r.get(0))
                .toList();
        assertThat(storedWords)
                .hasSize(8)
                .isNotEqualTo(List.of("woord0", "woord1", "woord2", "woord3", "woord4", "woord5", "woord6", "woord7"));
    }

    private static List<String> registered(Organisation org, String eventId, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String token = org.resident("answer-" + i + "-" + org.institution());
            Fixtures.register(token, eventId, Fixtures.registration(org, "Deelnemer " + i));
            tokens.add(token);
        }
        return tokens;
    }

    /** Registered and checked in at today's event. */
    private static List<String> attendees(Organisation org, String eventId, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String token = org.resident("attendee-" + i + "-" + org.institution());
            Fixtures.checkIn(org, Fixtures.register(token, eventId, Fixtures.registration(org, "Aanwezige " + i)));
            tokens.add(token);
        }
        return tokens;
    }

    private static String openPoll(Organisation org, String eventId, Map<String, Object> poll) {
        String pollId = given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(poll)
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
        return pollId;
    }

    private static void answerPoll(String token, String pollId, Map<String, Object> answer) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(answer)
                .post("/api/polls/{id}/answers", pollId)
                .then()
                .statusCode(204);
    }

    private static io.restassured.response.ValidatableResponse results(Organisation org, String eventId) {
        return given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/evaluation", eventId)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse pollResults(Organisation org, String pollId) {
        return given().auth()
                .oauth2(org.coc())
                .get("/api/polls/{id}/results", pollId)
                .then()
                .statusCode(200);
    }
}
