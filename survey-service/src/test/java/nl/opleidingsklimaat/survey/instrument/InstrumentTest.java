package nl.opleidingsklimaat.survey.instrument;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstrumentTest {

    @Test
    void shipsTheOpleidingsmonitorWithItsThreeDomainsAndOpenQuestions() {
        given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/instruments/opleidingsmonitor/versions/2026.1")
                .then()
                .statusCode(200)
                .body("kind", equalTo("TRAINING_CLIMATE"))
                .body(
                        "domains.code",
                        contains(
                                "begeleiding-en-supervisie",
                                "opleidingsklimaat",
                                "onderwijs-en-organisatie",
                                "open-vragen"))
                .body("items.findAll { it.scale == 'OPEN_TEXT' }.code", contains("OPEN-STERK", "OPEN-VERBETER"))
                .body("items.find { it.code == 'BS-01' }.notApplicableAllowed", equalTo(true));
    }

    @Test
    void shipsTheWellbeingThermometerWithSignalRulesAndHelp() {
        given().auth()
                .oauth2(TestTokens.coc("LUMC"))
                .get("/api/instruments/thermometer-welzijn/versions/2026.1")
                .then()
                .statusCode(200)
                .body("kind", equalTo("WELLBEING"))
                .body("domains.code", contains("uitputting", "bevlogenheid", "werkdruk", "stoppen"))
                .body("signalRules.indicator", contains("exhaustion", "thinking-of-quitting"))
                .body("helpText", org.hamcrest.Matchers.containsString("bedrijfsarts"))
                .body("translations.en.items.WB-01", equalTo("At the end of a working day I feel drained."))
                .body("translations.en.helpText", org.hamcrest.Matchers.containsString("occupational physician"));
        given().auth()
                .oauth2(TestTokens.coc("LUMC"))
                .get("/api/instruments?code=thermometer-welzijn")
                .then()
                .statusCode(200)
                .body("items.version", hasItem("2026.1"));
    }

    @Test
    void aRegionImportsItsOwnItemBankAndAPublishedVersionNeverChanges() {
        String code = Fixtures.unique("bank").toLowerCase();
        Map<String, Object> definition = definition(code, "Hoe is de sfeer?");
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-X"))
                .contentType(ContentType.JSON)
                .body(definition)
                .post("/api/instruments")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/instruments/" + code + "/versions/1.0"))
                .body("items.text", contains("Hoe is de sfeer?"));

        Map<String, Object> changed = definition(code, "Andere tekst");
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-X"))
                .contentType(ContentType.JSON)
                .body(changed)
                .post("/api/instruments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-X"))
                .get("/api/instruments/{code}/versions/1.0", code)
                .then()
                .statusCode(200)
                .body("items.text", contains("Hoe is de sfeer?"));

        changed.put("version", "1.1");
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-X"))
                .contentType(ContentType.JSON)
                .body(changed)
                .post("/api/instruments")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-X"))
                .get("/api/instruments?code={code}", code)
                .then()
                .statusCode(200)
                .body("items.version", contains("1.0", "1.1"));
    }

    @Test
    void anInconsistentItemBankIsRejectedWithEveryViolationAndNothingStored() {
        String code = Fixtures.unique("bad").toLowerCase();
        Map<String, Object> definition = definition(code, "Vraag");
        definition.put(
                "translations",
                Map.of(
                        "en",
                        Map.of("items", Map.of("X-01", "Question", "X-99", "Unknown question")),
                        "nl",
                        Map.of("name", "Andere naam")));
        definition.put(
                "items",
                List.of(
                        Map.of(
                                "code",
                                "X-01",
                                "domain",
                                "onbekend",
                                "text",
                                "Vraag",
                                "scale",
                                "LIKERT_5",
                                "notApplicableAllowed",
                                false,
                                "higherIsBetter",
                                true,
                                "required",
                                true),
                        Map.of(
                                "code",
                                "X-01",
                                "domain",
                                "sfeer",
                                "text",
                                "Nog een",
                                "scale",
                                "YES_NO",
                                "notApplicableAllowed",
                                true,
                                "higherIsBetter",
                                true,
                                "required",
                                true)));
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-X"))
                .contentType(ContentType.JSON)
                .body(definition)
                .post("/api/instruments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        org.hamcrest.Matchers.hasItems(
                                "items[0].domain",
                                "items[1].code",
                                "items[1].notApplicableAllowed",
                                "translations.en.items.X-99",
                                "translations.nl"));
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-X"))
                .get("/api/instruments/{code}/versions/1.0", code)
                .then()
                .statusCode(404);

        Map<String, Object> unknownScale = definition(code, "Vraag");
        unknownScale.put(
                "items", List.of(Map.of("code", "X-01", "domain", "sfeer", "text", "Vraag", "scale", "SLIDER")));
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-X"))
                .contentType(ContentType.JSON)
                .body(unknownScale)
                .post("/api/instruments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyCoordinatorsImportInstruments() {
        given().auth()
                .oauth2(TestTokens.director("LUMC-INT"))
                .contentType(ContentType.JSON)
                .body(definition("x-y", "Vraag"))
                .post("/api/instruments")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(definition("x-y", "Vraag"))
                .post("/api/instruments")
                .then()
                .statusCode(401);
    }

    private static Map<String, Object> definition(String code, String text) {
        Map<String, Object> definition = new HashMap<>();
        definition.put("code", code);
        definition.put("version", "1.0");
        definition.put("name", "Regionale bank");
        definition.put("kind", "TRAINING_CLIMATE");
        definition.put("reportRules", Map.of("strengthAtLeast", 4.0, "attentionBelow", 3.0, "regionGap", 0.5));
        definition.put("domains", List.of(Map.of("code", "sfeer", "name", "Sfeer")));
        definition.put(
                "items",
                List.of(Map.of(
                        "code",
                        "SF-01",
                        "domain",
                        "sfeer",
                        "text",
                        text,
                        "scale",
                        "LIKERT_5",
                        "notApplicableAllowed",
                        false,
                        "higherIsBetter",
                        true,
                        "required",
                        true)));
        return definition;
    }
}
