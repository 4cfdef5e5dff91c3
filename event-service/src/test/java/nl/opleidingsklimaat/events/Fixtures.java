package nl.opleidingsklimaat.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.ProgrammeRegistered;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;

/** Builds what the tests need through the API (and the organisation through quality.v1), with unique codes per test. */
public final class Fixtures {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** An institution in a region with one programme, as quality-framework-service announced them. */
    public record Organisation(String region, String institution, String programme) {
        public String coc() {
            return TestTokens.coc(institution);
        }

        public String resident(String subject) {
            return TestTokens.resident(subject, programme);
        }
    }

    private Fixtures() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static Organisation organisation() {
        String region = unique("OOR");
        String institution = unique("HOSP");
        String programme = institution + "-INT";
        TestEvents.publish(
                QualityEvents.INSTITUTION_REGISTERED,
                Subjects.institution(institution),
                new InstitutionRegistered(institution, "Ziekenhuis " + institution, region, true));
        TestEvents.publish(
                QualityEvents.PROGRAMME_REGISTERED,
                Subjects.programme(programme),
                new ProgrammeRegistered(
                        programme,
                        "Interne geneeskunde",
                        "INT",
                        institution,
                        region,
                        "INT-" + region,
                        "director-" + programme,
                        true));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ReplicatedInstitution.findById(institution) != null
                                && ReplicatedProgramme.findById(programme) != null));
        return new Organisation(region, institution, programme);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The reference verdiepingsdag programme (13:00-17:00) as the programme-templates data file holds it. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> referenceProgramme() {
        Map<String, Object> template = given().auth()
                .oauth2(TestTokens.system())
                .get("/api/programme-templates/verdiepingsdag-zorg-voor-de-aios")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        return (List<Map<String, Object>>) template.get("programme");
    }

    public static Map<String, Object> event(Organisation org, LocalDate date, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "deepening-day");
        body.put("title", "Verdiepingsdag " + org.institution());
        body.put("theme", "Zorg voor de aios & opleiders");
        body.put("organiserInstitutionCode", org.institution());
        body.put("targetRoles", List.of("programme-director", "supervisor", "resident", "coc"));
        body.put("date", date.toString());
        body.put("startTime", "13:00");
        body.put("endTime", "17:00");
        body.put("mode", "on-site");
        body.put("location", "Onderwijscentrum");
        body.put("capacity", capacity);
        body.put(
                "competences",
                List.of(
                        Map.of("competence", "communicatie", "percent", 20),
                        Map.of("competence", "samenwerken", "percent", 30),
                        Map.of("competence", "leiderschap", "percent", 50)));
        body.put("competenceProfileItems", List.of("1.6", "2.1", "4.6"));
        return body;
    }

    public static String create(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void setProgramme(String token, String eventId, List<Map<String, Object>> items) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .put("/api/training-events/{id}/programme", eventId)
                .then()
                .statusCode(200);
    }

    public static void publish(String token, String eventId) {
        given().auth()
                .oauth2(token)
                .post("/api/training-events/{id}/publication", eventId)
                .then()
                .statusCode(200);
    }

    /** A published verdiepingsdag of the organisation with the reference programme. */
    public static String publishedEvent(Organisation org, LocalDate date, int capacity) {
        String id = create(org.coc(), event(org, date, capacity));
        setProgramme(org.coc(), id, referenceProgramme());
        publish(org.coc(), id);
        return id;
    }

    public static Map<String, Object> registration(Organisation org, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("role", "resident");
        body.put("programmeCode", org.programme());
        body.put("bigNumber", "19012345601");
        body.put("accreditationWanted", true);
        return body;
    }

    public static String register(String token, String eventId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The participant's personal link to their own pages, issued through the API. */
    public static String pageLink(String token, String registration) {
        return given().auth()
                .oauth2(token)
                .post("/api/registrations/{id}/page-link", registration)
                .then()
                .statusCode(200)
                .extract()
                .path("url");
    }

    /** The organiser checks the registration in at the start of the session (on the event's day). */
    public static void checkIn(Organisation org, String registration) {
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("time", "13:00"))
                .post("/api/registrations/{id}/check-in", registration)
                .then()
                .statusCode(200);
    }

    /** The organiser records a take-home message for the event's attendees. */
    public static void takeHomeMessage(Organisation org, String eventId, String message) {
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(Map.of("message", message))
                .post("/api/training-events/{id}/take-home-messages", eventId)
                .then()
                .statusCode(200);
    }

    /** The organiser closes today's event as held. */
    public static void complete(Organisation org, String eventId) {
        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/completion", eventId)
                .then()
                .statusCode(200);
    }

    /** A checked-in attendee evaluates the held event. */
    public static void evaluate(String token, String eventId, int overall, int relevance, String takeHome) {
        Map<String, Object> body = new HashMap<>(Map.of("overall", overall, "relevance", relevance));
        if (takeHome != null) {
            body.put("takeHome", takeHome);
        }
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events/{id}/evaluation/answers", eventId)
                .then()
                .statusCode(204);
    }

    public static List<Map<String, Object>> items(Object... titleMinutesFormat) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < titleMinutesFormat.length; i += 3) {
            items.add(new HashMap<>(Map.of(
                    "title",
                    titleMinutesFormat[i],
                    "minutes",
                    titleMinutesFormat[i + 1],
                    "format",
                    titleMinutesFormat[i + 2])));
        }
        return items;
    }
}
