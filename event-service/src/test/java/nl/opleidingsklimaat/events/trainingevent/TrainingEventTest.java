package nl.opleidingsklimaat.events.trainingevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrainingEventTest {

    @Test
    void publishingFromAStaleReadIs412AndLeavesTheEventAsAColleagueLeftIt() {
        Organisation org = Fixtures.organisation();
        String id =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(40), 30));
        String readBeforeTheProgramme = given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Fixtures.setProgramme(org.coc(), id, Fixtures.referenceProgramme());

        given().auth()
                .oauth2(org.coc())
                .header("If-Match", readBeforeTheProgramme)
                .post("/api/training-events/{id}/publication", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .body("status", equalTo("draft"));

        String current = given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(org.coc())
                .header("If-Match", current)
                .post("/api/training-events/{id}/publication", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("published"));
    }

    @Test
    void theReferenceVerdiepingsdagProgrammeFitsTheAfternoonAndEarnsThreePoints() {
        Organisation org = Fixtures.organisation();
        String id =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(30), 50));

        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("items", Fixtures.referenceProgramme()))
                .put("/api/training-events/{id}/programme", id)
                .then()
                .statusCode(200)
                .body("sessionMinutes", equalTo(240))
                .body(
                        "programme.start",
                        contains("13:00", "13:15", "14:25", "14:35", "15:35", "15:40", "16:25", "16:40"))
                .body("programme.end", contains("13:15", "14:25", "14:35", "15:35", "15:40", "16:25", "16:40", "17:00"))
                .body("netTeachingMinutes", equalTo(190))
                .body("points", equalTo(3.0f));

        float reference = given().auth()
                .oauth2(org.coc())
                .get("/api/programme-templates/verdiepingsdag-zorg-voor-de-aios")
                .then()
                .statusCode(200)
                .extract()
                .path("referencePoints");
        float computed = given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("points");
        assertThat(computed).isEqualTo(reference);
    }

    @Test
    void aProgrammeThatOverrunsTheSessionIsRejectedAndNothingChanges() {
        Organisation org = Fixtures.organisation();
        String id =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(30), 50));
        List<Map<String, Object>> programme = Fixtures.referenceProgramme();
        programme.get(7).put("minutes", 30);

        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("items", programme))
                .put("/api/training-events/{id}/programme", id)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("programme[7].minutes"))
                .body("violations.message", hasItem(containsString("overruns")));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(200)
                .body("programme.size()", equalTo(0));
    }

    @Test
    void aProgrammeThatLeavesTimeUnfilledIsRejected() {
        Organisation org = Fixtures.organisation();
        String id =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(30), 50));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("items", Fixtures.items("Opening", 60, "lecture")))
                .put("/api/training-events/{id}/programme", id)
                .then()
                .statusCode(422)
                .body("violations.message", hasItem(containsString("180 fewer")));
    }

    @Test
    void overlappingItemsAreRejectedWithTheItemNamed() {
        Organisation org = Fixtures.organisation();
        String id =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(30), 50));
        List<Map<String, Object>> items = Fixtures.items("Opening", 120, "lecture", "Workshops", 120, "workshop-round");
        items.get(1).put("plannedStart", "14:30");

        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .put("/api/training-events/{id}/programme", id)
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("programme[1].plannedStart"))
                .body("violations.message", hasItem(containsString("overlapping")));
    }

    @Test
    void competenceWeightsMustSumToOneHundred() {
        Organisation org = Fixtures.organisation();
        Map<String, Object> body = Fixtures.event(org, Fixtures.today().plusDays(30), 50);
        body.put(
                "competences",
                List.of(
                        Map.of("competence", "communicatie", "percent", 20),
                        Map.of("competence", "leiderschap", "percent", 70)));

        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("competences"))
                .body("violations.message", hasItem(containsString("sum to 90%")));
    }

    @Test
    void onSiteCapacityIsAtMostSeventyFiveAndOnlineNeedsALink() {
        Organisation org = Fixtures.organisation();
        Map<String, Object> tooBig = Fixtures.event(org, Fixtures.today().plusDays(30), 76);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(tooBig)
                .post("/api/training-events")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("capacity"));

        Map<String, Object> online = Fixtures.event(org, Fixtures.today().plusDays(30), 150);
        online.put("mode", "online");
        online.remove("location");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(online)
                .post("/api/training-events")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("onlineLink"));
        online.put("onlineLink", "https://meet.example.org/symposium");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(online)
                .post("/api/training-events")
                .then()
                .statusCode(201);
    }

    @Test
    void badInputIsAProblemNotAnError() {
        Organisation org = Fixtures.organisation();
        Map<String, Object> body = Fixtures.event(org, Fixtures.today().plusDays(30), 50);
        body.put("kind", "party");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        body.put("kind", "symposium");
        body.remove("title");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("title")));
        body.put("title", "Symposium");
        body.put("endTime", "12:00");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("endTime"));
        body.put("endTime", "17:00");
        body.put("organiserRegionCode", org.region());
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheInstitutionsCocOrganisesItsEvents() {
        Organisation org = Fixtures.organisation();
        Organisation other = Fixtures.organisation();
        Map<String, Object> body = Fixtures.event(org, Fixtures.today().plusDays(30), 50);

        given().auth()
                .oauth2(other.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.board(org.institution()))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(org.resident("r-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(404);

        String id = Fixtures.create(org.coc(), body);
        given().auth()
                .oauth2(other.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(other.coc())
                .post("/api/training-events/{id}/publication", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other.coc())
                .get("/api/training-events?size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events?size=200&status=draft")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        Fixtures.setProgramme(org.coc(), id, Fixtures.referenceProgramme());
        Fixtures.publish(org.coc(), id);
        given().auth()
                .oauth2(other.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(other.coc())
                .post("/api/training-events/{id}/cancellation", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(other.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("items", Fixtures.referenceProgramme()))
                .put("/api/training-events/{id}/programme", id)
                .then()
                .statusCode(403);
        given().get("/api/training-events/{id}", id).then().statusCode(401);
    }

    @Test
    void aRegionsCoordinatorOrganisesRegionEvents() {
        Organisation org = Fixtures.organisation();
        Map<String, Object> body = Fixtures.event(org, Fixtures.today().plusDays(40), 75);
        body.remove("organiserInstitutionCode");
        body.put("organiserRegionCode", org.region());
        body.put("kind", "symposium");

        given().auth()
                .oauth2(TestTokens.coordinator("OOR-ELSEWHERE"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(403);
        String id = Fixtures.create(TestTokens.coordinator(org.region()), body);
        given().auth()
                .oauth2(TestTokens.advisor(org.region()))
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(200)
                .body("organiserRegionCode", equalTo(org.region()))
                .body("status", equalTo("draft"));
    }

    @Test
    void publishingAnnouncesTheEventWithPointsAndCompetences() {
        Organisation org = Fixtures.organisation();
        String id =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(30), 50));
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/publication", id)
                .then()
                .statusCode(422)
                .body("detail", containsString("no programme"));
        Fixtures.setProgramme(org.coc(), id, Fixtures.referenceProgramme());
        Fixtures.publish(org.coc(), id);
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/publication", id)
                .then()
                .statusCode(409);

        var records = TopicReader.readAll(
                Topics.TRAINING_EVENTS,
                v -> v.contains(id) && v.contains("training-event-published"),
                Duration.ofSeconds(3));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo("training-event/" + id);
        assertThat(records.get(0).value())
                .contains("\"points\":3.0")
                .contains("\"competence\":\"leiderschap\",\"percent\":50")
                .contains("\"organiserInstitutionCode\":\"" + org.institution() + "\"");
    }
}
