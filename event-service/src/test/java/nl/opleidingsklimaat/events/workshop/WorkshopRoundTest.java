package nl.opleidingsklimaat.events.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkshopRoundTest {

    @Test
    void participantsAreAllocatedOneWorkshopPerRoundNeverTwiceAndNeverOverCapacity() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(15), 20);
        List<Map<String, Object>> workshops = List.of(workshop("W1", 2), workshop("W2", 2), workshop("W3", 2));
        String round1 = addRound(org, eventId, "Workshopronde 1", workshops);
        String round2 = addRound(org, eventId, "Workshopronde 2", workshops);

        List<String[]> participants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String token = org.resident("ws-" + i + "-" + org.institution());
            String registration = Fixtures.register(token, eventId, Fixtures.registration(org, "Deelnemer " + i));
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "rounds",
                            List.of(
                                    Map.of("roundId", round1, "ranked", List.of("W1", "W2", "W3")),
                                    Map.of("roundId", round2, "ranked", List.of("W1", "W2", "W3")))))
                    .put("/api/registrations/{id}/workshop-choices", registration)
                    .then()
                    .statusCode(200);
            participants.add(new String[] {token, registration});
        }

        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/workshop-allocation", eventId)
                .then()
                .statusCode(200)
                .body("participants", equalTo(6))
                .body("rounds[0].firstChoices", equalTo(2))
                .body("rounds[0].unplaced", equalTo(0))
                .body("rounds[0].workshops.allocated", contains(2, 2, 2))
                .body("rounds[1].workshops.allocated", contains(2, 2, 2))
                .body("rounds[1].firstChoices", equalTo(2));

        for (String[] participant : participants) {
            List<String> codes = given().auth()
                    .oauth2(participant[0])
                    .get("/api/registrations/{id}/workshops", participant[1])
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("workshopCode");
            assertThat(codes).hasSize(2);
            Set<String> distinct = new HashSet<>(codes);
            assertThat(distinct).as("never the same workshop twice").hasSize(2);
        }
        given().auth()
                .oauth2(participants.get(1)[0])
                .get("/api/registrations/{id}/workshops", participants.get(0)[1])
                .then()
                .statusCode(404);
    }

    @Test
    void aChoiceInTheWrongRoundIsRejected() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(15), 20);
        String round1 = addRound(org, eventId, "Ronde 1", List.of(workshop("W1", 10), workshop("W2", 10)));
        addRound(org, eventId, "Ronde 2", List.of(workshop("W5", 10), workshop("W6", 10)));
        String token = org.resident("wrong-" + org.institution());
        String registration = Fixtures.register(token, eventId, Fixtures.registration(org, "Verkeerde ronde"));

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("rounds", List.of(Map.of("roundId", round1, "ranked", List.of("W1", "W5")))))
                .put("/api/registrations/{id}/workshop-choices", registration)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("rounds[0].ranked[1]"))
                .body("violations.message", hasItem(containsString("not given in round 'Ronde 1'")));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("rounds", List.of(Map.of("roundId", round1, "ranked", List.of("W1", "W1")))))
                .put("/api/registrations/{id}/workshop-choices", registration)
                .then()
                .statusCode(422)
                .body("violations.message", hasItem(containsString("ranked twice")));
        String otherEvent = Fixtures.publishedEvent(org, Fixtures.today().plusDays(16), 20);
        String foreignRound = addRound(org, otherEvent, "Elders", List.of(workshop("W1", 10)));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("rounds", List.of(Map.of("roundId", foreignRound, "ranked", List.of("W1")))))
                .put("/api/registrations/{id}/workshop-choices", registration)
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("rounds[0].roundId"));
        given().auth()
                .oauth2(org.resident("someone-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of("rounds", List.of(Map.of("roundId", round1, "ranked", List.of("W1")))))
                .put("/api/registrations/{id}/workshop-choices", registration)
                .then()
                .statusCode(404);
    }

    @Test
    void onlyOrganisersAddRoundsAndAllocate() {
        Organisation org = Fixtures.organisation();
        Organisation other = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(15), 20);
        given().auth()
                .oauth2(other.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Ronde", "workshops", List.of(workshop("W1", 10))))
                .post("/api/training-events/{id}/workshop-rounds", eventId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/workshop-allocation", eventId)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Ronde", "workshops", List.of(workshop("W1", 10), workshop("W1", 5))))
                .post("/api/training-events/{id}/workshop-rounds", eventId)
                .then()
                .statusCode(400);
        addRound(org, eventId, "Ronde", List.of(workshop("W1", 10)));
        given().auth()
                .oauth2(other.coc())
                .post("/api/training-events/{id}/workshop-allocation", eventId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(other.coc())
                .get("/api/training-events/{id}/workshop-rounds", eventId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    private static Map<String, Object> workshop(String code, int capacity) {
        Map<String, Object> workshop = new HashMap<>();
        workshop.put("code", code);
        workshop.put("title", "Workshop " + code);
        workshop.put("capacity", capacity);
        return workshop;
    }

    private static String addRound(
            Organisation org, String eventId, String title, List<Map<String, Object>> workshops) {
        return given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("title", title, "workshops", workshops))
                .post("/api/training-events/{id}/workshop-rounds", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
