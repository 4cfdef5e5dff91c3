package nl.opleidingsklimaat.coaching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.ProgrammeRegistered;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;

/** Builds test data through the API and the broker, with codes unique to each call (the app is shared by all tests). */
public final class Fixtures {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** The COC office that registers the test coaches (any COC may add a coach to the pool). */
    public static final String COACH_POOL = "COACH-POOL";

    private Fixtures() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Publishes ProgrammeRegistered as quality-framework-service would, and waits until the replica has it. */
    public static String programme(String institution) {
        return programme(institution, "OOR-TEST", null);
    }

    public static String programme(String institution, String region, String directorReference) {
        String code = unique(institution + "-INT");
        TestEvents.publish(
                QualityEvents.PROGRAMME_REGISTERED,
                Subjects.programme(code),
                new ProgrammeRegistered(
                        code,
                        "Interne geneeskunde",
                        "INT",
                        institution,
                        region,
                        "INT-" + region,
                        directorReference,
                        true));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.coc(institution))
                        .get("/api/coverage/programmes/{code}", code)
                        .then()
                        .statusCode(200));
        return code;
    }

    public static String coach(
            String reference, List<String> institutions, int capacity, List<String> expertise, boolean medical) {
        Map<String, Object> body = Map.of(
                "reference",
                reference,
                "name",
                "Coach " + reference,
                "profile",
                "Coach",
                "expertise",
                expertise,
                "experienceWithResidents",
                true,
                "medicalBackground",
                medical,
                "institutions",
                institutions,
                "capacity",
                capacity,
                "available",
                true,
                "sessionFee",
                "125.00");
        return given().auth()
                .oauth2(TestTokens.coc(COACH_POOL))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/coaches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String coach(String reference, String institution) {
        return coach(reference, List.of(institution), 5, List.of("werkdruk"), true);
    }

    public static String requestTrack(String residentToken, String programme) {
        return given().auth()
                .oauth2(residentToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "programmeCode",
                        programme,
                        "offerTypeCode",
                        "coaching",
                        "reason",
                        "Werkdruk en grenzen stellen",
                        "topics",
                        List.of("werkdruk")))
                .post("/api/tracks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void match(String token, String trackId, String coachId) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", coachId))
                .post("/api/tracks/{id}/match", trackId)
                .then()
                .statusCode(200);
    }

    /** A track requested by the resident, matched to the coach and started by the coach. */
    public static String activeTrack(String residentToken, String programme, String coachId, String coachReference) {
        String track = requestTrack(residentToken, programme);
        match(residentToken, track, coachId);
        given().auth()
                .oauth2(TestTokens.coach(coachReference))
                .post("/api/tracks/{id}/start", track)
                .then()
                .statusCode(200);
        return track;
    }

    /** A working-hours moment: the given weekday in a future week, at the given local time in Amsterdam. */
    public static OffsetDateTime at(int weeksAhead, DayOfWeek day, LocalTime time) {
        LocalDate date = LocalDate.now(ZONE).with(TemporalAdjusters.next(day)).plusWeeks(weeksAhead);
        return date.atTime(time).atZone(ZONE).toOffsetDateTime();
    }

    /** A working-hours moment in the past: the given weekday at least {@code weeksBack} whole weeks ago. */
    public static OffsetDateTime ago(int weeksBack, DayOfWeek day, LocalTime time) {
        return at(-weeksBack - 1, day, time);
    }

    public static String book(String token, String trackId, OffsetDateTime start) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("startsAt", start.toString(), "durationMinutes", 60))
                .post("/api/tracks/{id}/sessions", trackId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
