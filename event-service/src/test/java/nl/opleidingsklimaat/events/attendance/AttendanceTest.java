package nl.opleidingsklimaat.events.attendance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Test
    void attendeesEarnThePointsOfTheTeachingTimeTheyAttendedAndAttendanceIsAnnounced() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        String whole = Fixtures.register(
                org.resident("whole-" + org.institution()), eventId, Fixtures.registration(org, "Hele Middag"));
        String partToken = org.resident("part-" + org.institution());
        String part = Fixtures.register(partToken, eventId, Fixtures.registration(org, "Halve Middag"));
        String absentToken = org.resident("absent-" + org.institution());
        String absent = Fixtures.register(absentToken, eventId, Fixtures.registration(org, "Afwezig"));

        checkIn(org, whole, "13:00");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "17:00"))
                .post("/api/registrations/{id}/check-out", whole)
                .then()
                .statusCode(200)
                .body("checkedOutAt", equalTo("17:00"));
        // arrives after the first break: Thermometer (60) and Leren van ervaringen (45) = 105 teaching minutes -> 1.5
        // points
        checkIn(org, part, "14:35");

        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/completion", eventId)
                .then()
                .statusCode(200)
                .body("status", equalTo("held"));
        given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}", whole)
                .then()
                .body("points", equalTo(3.0f));
        given().auth()
                .oauth2(partToken)
                .get("/api/registrations/{id}", part)
                .then()
                .body("points", equalTo(1.5f));

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(
                Topics.TRAINING_EVENTS,
                v -> v.contains(eventId) && v.contains("attendance-confirmed"),
                Duration.ofSeconds(3));
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo("programme/" + org.programme());
            assertThat(r.value()).doesNotContain("Middag").doesNotContain("19012345601");
        });
        JsonNode wholeEvent = records.stream()
                .map(r -> read(r.value()))
                .filter(e -> e.at("/data/participantReference").asText().startsWith("whole"))
                .findFirst()
                .orElseThrow();
        assertThat(wholeEvent.at("/data/points").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(wholeEvent.at("/data/role").asText()).isEqualTo("resident");
        assertThat(wholeEvent.at("/data/institutionCode").asText()).isEqualTo(org.institution());
        assertThat(wholeEvent.at("/data/competences/2/competence").asText()).isEqualTo("leiderschap");
        assertThat(wholeEvent.at("/data/competences/2/percent").asInt()).isEqualTo(50);

        String csv = given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/attendance-list", eventId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        List<Map<String, String>> rows = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv)
                .readAll();
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Halve Middag", "Hele Middag");
        assertThat(rows).extracting(r -> r.get("points")).containsExactly("1.5", "3.0");
        assertThat(rows).extracting(r -> r.get("bigNumber")).containsOnly("19012345601");
        long audited = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM audit_entry WHERE action = 'read-attendance-list' AND resource_id = ?1 AND actor = ?2")
                                .setParameter(1, eventId)
                                .setParameter(2, "test-coc-" + org.institution())
                                .getSingleResult())
                        .longValue());
        assertThat(audited)
                .as("the organiser's download of personal data is audited")
                .isEqualTo(1);

        byte[] pdf = given().auth()
                .oauth2(partToken)
                .get("/api/registrations/{id}/certificate", part)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text)
                .contains("Halve Middag")
                .contains("Verdiepingsdag " + org.institution())
                .contains(DutchText.date(Fixtures.today()))
                .contains("Accreditatiepunten: 1,5")
                .contains("leiderschap 50%");

        given().auth()
                .oauth2(absentToken)
                .get("/api/registrations/{id}/certificate", absent)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("checked-in"));
        given().auth()
                .oauth2(absentToken)
                .get("/api/registrations/{id}/certificate", part)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}/certificate", part)
                .then()
                .statusCode(200);
    }

    @Test
    void onlyOrganisersRecordAttendanceAndOnlyOnTheDay() {
        Organisation org = Fixtures.organisation();
        Organisation other = Fixtures.organisation();
        String today = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        String token = org.resident("self-" + org.institution());
        String registration = Fixtures.register(token, today, Fixtures.registration(org, "Zelf"));

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("time", "13:00"))
                .post("/api/registrations/{id}/check-in", registration)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(other.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "13:00"))
                .post("/api/registrations/{id}/check-in", registration)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "14:00"))
                .post("/api/registrations/{id}/check-out", registration)
                .then()
                .statusCode(409);
        checkIn(org, registration, "14:00");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "13:30"))
                .post("/api/registrations/{id}/check-out", registration)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("time"));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "25:00"))
                .post("/api/registrations/{id}/check-out", registration)
                .then()
                .statusCode(400);

        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/attendance-list", today)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(token)
                .get("/api/registrations/{id}/certificate", registration)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(other.coc())
                .post("/api/training-events/{id}/completion", today)
                .then()
                .statusCode(403);

        String future = Fixtures.publishedEvent(org, Fixtures.today().plusDays(3), 10);
        String early = Fixtures.register(token, future, Fixtures.registration(org, "Zelf"));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "13:00"))
                .post("/api/registrations/{id}/check-in", early)
                .then()
                .statusCode(422)
                .body("detail", containsString("day of the event"));
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/completion", future)
                .then()
                .statusCode(422);
    }

    @Test
    void aNameThatIsAFormulaReachesTheOrganisersSpreadsheetAsText() throws Exception {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        String formula = "=HYPERLINK(\"http://evil\",\"x\")";
        Fixtures.checkIn(
                org,
                Fixtures.register(
                        org.resident("formula-" + org.institution()), eventId, Fixtures.registration(org, formula)));
        Fixtures.checkIn(
                org,
                Fixtures.register(
                        org.resident("plus-" + org.institution()), eventId, Fixtures.registration(org, "+31 6 1234")));
        Fixtures.complete(org, eventId);

        String csv = given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/attendance-list", eventId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<Map<String, String>> rows = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv)
                .readAll();
        assertThat(rows).extracting(r -> r.get("name")).containsExactlyInAnyOrder("'" + formula, "'+31 6 1234");
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.values())
                        .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));
    }

    private static void checkIn(Organisation org, String registration, String time) {
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", time))
                .post("/api/registrations/{id}/check-in", registration)
                .then()
                .statusCode(200)
                .body("checkedInAt", equalTo(time));
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
