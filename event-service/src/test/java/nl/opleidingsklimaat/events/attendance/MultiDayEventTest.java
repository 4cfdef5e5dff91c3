package nl.opleidingsklimaat.events.attendance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The two-day congress (document 004): days with their own programmes, points per day, check-in per day. */
@QuarkusTest
class MultiDayEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    /** Day 1: 09:00-12:00 with 165 teaching minutes (2.5 points); day 2: 09:00-10:45, 105 minutes (1.5 points). */
    static Map<String, Object> congress(Organisation org, LocalDate first) {
        Map<String, Object> body = Fixtures.event(org, first, 50);
        body.remove("date");
        body.remove("startTime");
        body.remove("endTime");
        body.put("kind", "symposium");
        body.put("title", "Congres " + org.institution());
        body.put(
                "days",
                List.of(
                        day(
                                first,
                                "09:00",
                                "12:00",
                                Fixtures.items(
                                        "Opening", 60, "lecture", "Pauze", 15, "break", "Ronde tafel", 105, "plenary")),
                        day(
                                first.plusDays(1),
                                "09:00",
                                "10:45",
                                Fixtures.items("Lezing", 45, "lecture", "Intervisie in de praktijk", 60, "breakout"))));
        return body;
    }

    static Map<String, Object> day(LocalDate date, String start, String end, List<Map<String, Object>> programme) {
        Map<String, Object> day = new HashMap<>();
        day.put("date", date.toString());
        day.put("startTime", start);
        day.put("endTime", end);
        if (programme != null) {
            day.put("programme", programme);
        }
        return day;
    }

    @Test
    void aTwoDayCongressEarnsThePointsOfEachDayAttendedAndAOneDayAttendeeThoseOfTheirDay() throws Exception {
        Organisation org = Fixtures.organisation();
        LocalDate first = Fixtures.today();
        String eventId = Fixtures.create(org.coc(), congress(org, first));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200)
                .body("date", equalTo(first.toString()))
                .body("endDate", equalTo(first.plusDays(1).toString()))
                .body("days", hasSize(2))
                .body("days[0].points", equalTo(2.5f))
                .body("days[0].programme[2].start", equalTo("10:15"))
                .body("days[1].points", equalTo(1.5f))
                .body("days[1].netTeachingMinutes", equalTo(105))
                // per day rounded, then summed: 2.5 + 1.5, not 270 minutes' 4.5
                .body("points", equalTo(4.0f))
                .body("netTeachingMinutes", equalTo(270));
        Fixtures.publish(org.coc(), eventId);

        String bothToken = org.resident("both-" + org.institution());
        String both = Fixtures.register(bothToken, eventId, Fixtures.registration(org, "Beide Dagen"));
        String firstOnly = Fixtures.register(
                org.resident("first-" + org.institution()), eventId, Fixtures.registration(org, "Eerste Dag"));
        String secondOnly = Fixtures.register(
                org.resident("second-" + org.institution()), eventId, Fixtures.registration(org, "Tweede Dag"));
        Map<String, Object> noAccreditation = Fixtures.registration(org, "Zonder Accreditatie");
        noAccreditation.put("accreditationWanted", false);
        noAccreditation.remove("bigNumber");
        String unaccredited = Fixtures.register(org.resident("none-" + org.institution()), eventId, noAccreditation);

        checkIn(org, both, "09:00").body("days", hasSize(1)).body("days[0].date", equalTo(first.toString()));
        checkIn(org, firstOnly, "09:00");
        checkIn(org, unaccredited, "09:00");
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/completion", eventId)
                .then()
                .statusCode(422)
                .body("detail", containsString(first.plusDays(1).toString()));

        dayPasses(eventId);

        checkIn(org, both, "09:00")
                .body("checkedInAt", equalTo("09:00"))
                .body("days", hasSize(2))
                .body("days[1].checkedInAt", equalTo("09:00"));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "09:30"))
                .post("/api/registrations/{id}/check-in", both)
                .then()
                .statusCode(409)
                .body("detail", containsString("day 2"));
        checkIn(org, secondOnly, "09:00");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "10:00"))
                .post("/api/registrations/{id}/check-out", secondOnly)
                .then()
                .statusCode(200)
                .body("checkedInAt", equalTo(null))
                .body("days[0].checkedOutAt", equalTo("10:00"));
        Fixtures.complete(org, eventId);

        given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}", both)
                .then()
                .body("points", equalTo(4.0f));
        given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}", firstOnly)
                .then()
                .body("points", equalTo(2.5f));
        given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}", secondOnly)
                .then()
                .body("points", equalTo(1.0f));

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(
                Topics.TRAINING_EVENTS,
                v -> v.contains(eventId) && v.contains("attendance-confirmed"),
                Duration.ofSeconds(3));
        assertThat(records)
                .extracting(r -> JSON.readTree(r.value()).at("/data/points").decimalValue())
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactlyInAnyOrder(
                        new java.math.BigDecimal("4.0"),
                        new java.math.BigDecimal("2.5"),
                        new java.math.BigDecimal("1.0"),
                        new java.math.BigDecimal("2.5"));

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
        LocalDate day1 = first.minusDays(1);
        assertThat(rows)
                .extracting(r -> r.get("name"))
                .containsExactly("Beide Dagen", "Eerste Dag", "Tweede Dag", "Zonder Accreditatie");
        assertThat(rows)
                .extracting(r -> r.get("days"))
                .containsExactly(day1 + " " + first, day1.toString(), first.toString(), day1.toString());

        String register = given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/register-list", eventId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(register).startsWith("event,date,activity,bigNumber,name,points\n");
        List<Map<String, String>> lines = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(register)
                .readAll();
        assertThat(lines)
                .extracting(r -> r.get("name") + "|" + r.get("date") + "|" + r.get("points") + "|" + r.get("bigNumber"))
                .containsExactly(
                        "Beide Dagen|" + day1 + "|2.5|19012345601",
                        "Beide Dagen|" + first + "|1.5|19012345601",
                        "Eerste Dag|" + day1 + "|2.5|19012345601",
                        "Tweede Dag|" + first + "|1.0|19012345601");
        assertThat(lines).allSatisfy(r -> {
            assertThat(r.get("event")).isEqualTo(eventId);
            assertThat(r.get("activity")).isEqualTo("Congres " + org.institution());
        });
        long audited = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM audit_entry WHERE action = 'read-register-list' AND resource_id = ?1")
                                .setParameter(1, eventId)
                                .getSingleResult())
                        .longValue());
        assertThat(audited).isEqualTo(1);
        given().auth()
                .oauth2(bothToken)
                .get("/api/training-events/{id}/register-list", eventId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Fixtures.organisation().coc())
                .get("/api/training-events/{id}/register-list", eventId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(nl.opleidingsklimaat.testsupport.TestTokens.systemOfInstitution("ELSEWHERE"))
                .get("/api/training-events/{id}/register-list", eventId)
                .then()
                .statusCode(404);

        String page = given().redirects()
                .follow(false)
                .get(Fixtures.pageLink(bothToken, both))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains(DutchText.date(day1) + " t/m " + DutchText.date(first))
                .contains(DutchText.shortDate(first) + " 09:00-10:45");

        byte[] pdf = given().auth()
                .oauth2(bothToken)
                .get("/api/registrations/{id}/certificate", both)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text)
                .contains("Dag 1: " + DutchText.date(day1) + ", 09:00-12:00")
                .contains("Dag 2: " + DutchText.date(first) + ", 09:00-10:45")
                .contains("Accreditatiepunten: 4");
    }

    @Test
    void theRegisterListIsForHeldEventsOnly() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(3), 10);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/register-list", eventId)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theOldOneDayShapeIsOneDayAndDaysAreCheckedForOrderAndFit() {
        Organisation org = Fixtures.organisation();
        LocalDate date = Fixtures.today().plusDays(20);
        String oneDay = Fixtures.publishedEvent(org, date, 10);
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", oneDay)
                .then()
                .statusCode(200)
                .body("date", equalTo(date.toString()))
                .body("startTime", equalTo("13:00"))
                .body("endDate", equalTo(date.toString()))
                .body("points", equalTo(3.0f))
                .body("days", hasSize(1))
                .body("days[0].points", equalTo(3.0f))
                .body("days[0].programme", hasSize(Fixtures.referenceProgramme().size()));

        Map<String, Object> unsorted = congress(org, date);
        unsorted.put(
                "days",
                List.of(
                        day(date, "09:00", "10:00", Fixtures.items("Lezing", 60, "lecture")),
                        day(date.minusDays(1), "09:00", "10:00", Fixtures.items("Lezing", 60, "lecture")),
                        day(date.minusDays(1), "09:00", "10:00", null)));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(unsorted)
                .post("/api/training-events")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("days[1].date"))
                .body("violations.field", hasItem("days[2].date"));

        Map<String, Object> overrun = congress(org, date);
        overrun.put(
                "days",
                List.of(
                        day(date, "09:00", "10:00", Fixtures.items("Lezing", 60, "lecture")),
                        day(date.plusDays(1), "09:00", "10:00", Fixtures.items("Lezing", 75, "lecture"))));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(overrun)
                .post("/api/training-events")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("days[1].programme[0].minutes"));

        Map<String, Object> mixed = congress(org, date);
        mixed.put("date", date.toString());
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(mixed)
                .post("/api/training-events")
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("date"));

        Map<String, Object> noDate = Fixtures.event(org, date, 10);
        noDate.remove("date");
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(noDate)
                .post("/api/training-events")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("date"));

        String congress = Fixtures.create(org.coc(), congress(org, date));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Fixtures.event(org, date, 10))
                .put("/api/training-events/{id}", congress)
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("days"));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("items", Fixtures.items("Lezing", 45, "lecture", "Pauze", 60, "break")))
                .queryParam("day", 2)
                .put("/api/training-events/{id}/programme", congress)
                .then()
                .statusCode(200)
                .body("days[1].points", equalTo(0.5f))
                .body("days[0].points", equalTo(2.5f));
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("items", Fixtures.items("Lezing", 45, "lecture")))
                .queryParam("day", 3)
                .put("/api/training-events/{id}/programme", congress)
                .then()
                .statusCode(422);
        assertThat(UUID.fromString(congress)).isNotNull();
    }

    private static io.restassured.response.ValidatableResponse checkIn(
            Organisation org, String registration, String time) {
        return given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", time))
                .post("/api/registrations/{id}/check-in", registration)
                .then()
                .statusCode(200);
    }

    /** A day passes: the event's days move one day back, so its second day is today (the service has no clock to set). */
    private void dayPasses(String eventId) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                                UPDATE training_event SET event_date = event_date - 1,
                                  further_days = (SELECT coalesce(jsonb_agg(jsonb_set(d, '{date}',
                                      to_jsonb(((d->>'date')::date - 1)::text)) ORDER BY n), '[]'::jsonb)
                                    FROM jsonb_array_elements(further_days) WITH ORDINALITY AS x(d, n))
                                WHERE id = ?1""")
                        .setParameter(1, UUID.fromString(eventId))
                        .executeUpdate());
    }
}
