package nl.opleidingsklimaat.events.trainingevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The accreditation body accredits an event for other points than computed, with its reason; attendees follow. */
@QuarkusTest
class AccreditedPointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REASON = "De intermezzo's en de plenaire terugkoppeling tellen niet als onderwijs";

    @Inject
    EntityManager entityManager;

    @Test
    void theAccreditationBodySetsThePointsWithItsReasonAndAttendeesEarnThemInProportion() throws Exception {
        Organisation org = Fixtures.organisation();
        String body = TestTokens.withRoles("accreditation-office-" + org.institution(), "accreditation-body");
        String eventId = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        String wholeToken = org.resident("whole-" + org.institution());
        String whole = Fixtures.register(wholeToken, eventId, Fixtures.registration(org, "Hele Middag"));
        String part = Fixtures.register(
                org.resident("part-" + org.institution()), eventId, Fixtures.registration(org, "Halve Middag"));

        accredit(org.coc(), eventId, Map.of("points", 2.0, "reason", REASON)).statusCode(403);
        accredit(wholeToken, eventId, Map.of("points", 2.0, "reason", REASON)).statusCode(403);
        accredit(body, eventId, Map.of("points", 2.0))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        accredit(body, eventId, Map.of("points", 2.0, "reason", "  "))
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        accredit(body, eventId, Map.of("points", 2.3, "reason", REASON))
                .statusCode(400)
                .body("violations.field", hasItem("points"));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("points", equalTo(3.0f))
                .body("accreditation", nullValue());

        accredit(body, eventId, Map.of("points", 2.0, "reason", REASON))
                .statusCode(200)
                .body("points", equalTo(2.0f))
                .body("computedPoints", equalTo(3.0f))
                .body("accreditation.points", equalTo(2.0f))
                .body("accreditation.reason", equalTo(REASON));
        given().auth()
                .oauth2(wholeToken)
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("points", equalTo(2.0f))
                .body("computedPoints", equalTo(3.0f))
                .body("accreditation.reason", equalTo(REASON));
        long audited = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM audit_entry WHERE action = 'set-accredited-points' AND resource_id = ?1")
                                .setParameter(1, eventId)
                                .getSingleResult())
                        .longValue());
        assertThat(audited).isEqualTo(1);

        Fixtures.checkIn(org, whole);
        // from 14:35: 105 of the 190 teaching minutes, 1.5 of the computed 3 points -> 1.0 of the accredited 2
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "14:35"))
                .post("/api/registrations/{id}/check-in", part)
                .then()
                .statusCode(200);
        Fixtures.complete(org, eventId);
        given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}", whole)
                .then()
                .body("points", equalTo(2.0f));
        given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}", part)
                .then()
                .body("points", equalTo(1.0f));

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(
                Topics.TRAINING_EVENTS,
                v -> v.contains(eventId) && v.contains("attendance-confirmed"),
                Duration.ofSeconds(3));
        assertThat(records)
                .extracting(r -> JSON.readTree(r.value()).at("/data/points").decimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("2.0"), new BigDecimal("1.0"));
        byte[] pdf = given().auth()
                .oauth2(wholeToken)
                .get("/api/registrations/{id}/certificate", whole)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("Accreditatiepunten: 2");

        accredit(body, eventId, Map.of("points", 3.0, "reason", REASON))
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aDraftIsNotFoundByTheAccreditationBody() {
        Organisation org = Fixtures.organisation();
        String body = TestTokens.withRoles("accreditation-office-" + org.institution(), "accreditation-body");
        String draft =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(5), 10));
        accredit(body, draft, Map.of("points", 2.0, "reason", REASON)).statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse accredit(
            String token, String eventId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/training-events/{id}/accreditation", eventId)
                .then();
    }
}
