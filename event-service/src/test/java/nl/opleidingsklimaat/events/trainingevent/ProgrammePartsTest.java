package nl.opleidingsklimaat.events.trainingevent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import org.junit.jupiter.api.Test;

/** Timed parts inside a programme item (document 000: Inleiding 20' + break out rooms 35' + terugkoppeling 15'). */
@QuarkusTest
class ProgrammePartsTest {

    @Test
    void theReferenceItemsPartsGetTheirClockTimes() {
        Organisation org = Fixtures.organisation();
        String id =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(30), 40));
        Fixtures.setProgramme(org.coc(), id, Fixtures.referenceProgramme());
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(200)
                .body("programme[1].title", equalTo("AAV visie"))
                .body(
                        "programme[1].parts.title",
                        equalTo(List.of("Inleiding", "Break out rooms", "Plenaire terugkoppeling")))
                .body("programme[1].parts.start", equalTo(List.of("13:15", "13:35", "14:10")))
                .body("programme[1].parts.end", equalTo(List.of("13:35", "14:10", "14:25")))
                .body("programme[0].parts", equalTo(List.of()));
    }

    @Test
    void partsThatDoNotAddUpToTheItemAreRefusedAndChangeNothing() {
        Organisation org = Fixtures.organisation();
        String id =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(30), 40));
        List<Map<String, Object>> programme = Fixtures.referenceProgramme();
        Fixtures.setProgramme(org.coc(), id, programme);

        List<Map<String, Object>> wrong = new ArrayList<>();
        for (Map<String, Object> item : programme) {
            wrong.add(new HashMap<>(item));
        }
        // the document's own "Inleiding door bedrijfsarts (10') + psycholoog (10') + interactieve discussie (45')"
        wrong.get(3)
                .put(
                        "parts",
                        List.of(
                                Map.of("title", "Bedrijfsarts", "minutes", 10),
                                Map.of("title", "Psycholoog", "minutes", 10),
                                Map.of("title", "Interactieve discussie", "minutes", 45)));
        putProgramme(org, id, wrong)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("programme[3].parts"))
                .body("violations.message", hasItem(containsString("the parts take 65 minutes")));
        wrong.get(3).put("parts", List.of(Map.of("title", "", "minutes", 60)));
        putProgramme(org, id, wrong).statusCode(400).contentType("application/problem+json");

        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(200)
                .body("programme[3].parts", equalTo(List.of()));
    }

    private static ValidatableResponse putProgramme(Organisation org, String id, List<Map<String, Object>> items) {
        return given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .put("/api/training-events/{id}/programme", id)
                .then();
    }
}
