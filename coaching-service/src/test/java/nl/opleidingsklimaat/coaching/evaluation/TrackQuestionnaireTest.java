package nl.opleidingsklimaat.coaching.evaluation;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.coaching.Fixtures.ago;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The anonymous evaluation of a track and the effect measure before and after, reported per institution from 4. */
@QuarkusTest
class TrackQuestionnaireTest {
    static final Map<String, Integer> EVALUATION = Map.of("coach-fit", 5, "goals-reached", 4, "recommend", 3);

    @Test
    void evaluationsReachTheInstitutionOnlyInStepsOfFourAndOnlyForEndedTracks() {
        Setup s = new Setup();
        List<Track> tracks = List.of(s.completed(0), s.completed(1), s.completed(2), s.completed(3), s.completed(4));
        for (int i = 0; i < 3; i++) {
            post(tracks.get(i), "evaluation", EVALUATION).then().statusCode(204);
        }
        s.report()
                .body("residents.trackEvaluation.respondents.display", equalTo("fewer than 4"))
                .body("residents.trackEvaluation", not(hasKey("means")));

        post(tracks.get(3), "evaluation", EVALUATION).then().statusCode(204);
        s.report()
                .body("residents.trackEvaluation.respondents.value", equalTo(4))
                .body("residents.trackEvaluation.means.coach-fit", equalTo(5.0f))
                .body("residents.trackEvaluation.means.recommend", equalTo(3.0f))
                .body("supervisors.trackEvaluation.respondents.display", equalTo("fewer than 4"));

        // a fifth answer waits, sealed, for three more: the figures never move by one answer
        post(tracks.get(4), "evaluation", Map.of("coach-fit", 1, "goals-reached", 1, "recommend", 1))
                .then()
                .statusCode(204);
        s.report()
                .body("residents.trackEvaluation.respondents.value", equalTo(4))
                .body("residents.trackEvaluation.means.coach-fit", equalTo(5.0f));

        post(tracks.get(0), "evaluation", EVALUATION).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badOrUntimelyAnswersAreRefusedAndNothingIsCounted() {
        Setup s = new Setup();
        Track active = s.active(0);
        post(active, "evaluation", EVALUATION).then().statusCode(409).contentType("application/problem+json");
        post(active, "effect-measures/after", Map.of("resilience", 3)).then().statusCode(409);
        post(active, "effect-measures/before", Map.of("stamina", 3))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("scores.stamina"));
        post(active, "effect-measures/before", Map.of("resilience", 6)).then().statusCode(400);
        given().auth()
                .oauth2(TestTokens.resident("someone-else", s.programme))
                .contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("resilience", 3)))
                .post("/api/tracks/{id}/effect-measures/before", active.id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coach(s.coachRef))
                .contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("resilience", 3)))
                .post("/api/tracks/{id}/effect-measures/before", active.id)
                .then()
                .statusCode(403);
        // once a session is held the measure "before" is too late
        Track started = s.completed(1);
        post(started, "effect-measures/before", Map.of("resilience", 3)).then().statusCode(409);
        s.report()
                .body("residents.coaching.before.respondents.display", equalTo("fewer than 4"))
                .body("residents.coaching", not(hasKey("change")));
    }

    @Test
    void theEffectBeforeAndAfterTracksAndIntervisionIsReportedPerInstitution() {
        Setup s = new Setup();
        for (int i = 0; i < 4; i++) {
            Track track = s.active(i);
            post(track, "effect-measures/before", Map.of("resilience", 2, "reflection", 3))
                    .then()
                    .statusCode(204);
            s.holdAndComplete(track, i);
            post(track, "effect-measures/after", Map.of("resilience", 4, "reflection", 3))
                    .then()
                    .statusCode(204);
        }
        // an intervision group of four residents answers before its cycle
        String group = s.intervisionGroup();
        for (int i = 1; i <= 4; i++) {
            given().auth()
                    .oauth2(TestTokens.resident(s.programme + "-iv" + i, s.programme))
                    .contentType(ContentType.JSON)
                    .body(Map.of("phase", "PRE", "scores", Map.of("resilience", 3, "reflection", 2)))
                    .post("/api/intervision-groups/{id}/questionnaire-responses", group)
                    .then()
                    .statusCode(204);
        }

        s.report()
                .body("residents.coaching.before.respondents.value", equalTo(4))
                .body("residents.coaching.before.means.resilience", equalTo(2.0f))
                .body("residents.coaching.after.means.resilience", equalTo(4.0f))
                .body("residents.coaching.change.resilience", equalTo(2.0f))
                .body("residents.coaching.change.reflection", equalTo(0.0f))
                .body("residents.intervision.before.respondents.value", equalTo(4))
                .body("residents.intervision.before.means.reflection", equalTo(2.0f))
                .body("residents.intervision.after.respondents.display", equalTo("fewer than 4"))
                .body("residents.intervision", not(hasKey("change")))
                .body("effectMeasures.text", equalTo(List.of("Veerkracht", "Reflectie")));

        given().auth()
                .oauth2(TestTokens.director(s.programme))
                .get("/api/effect-reports/institutions/{code}", s.institution)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.coc("OTHER"))
                .get("/api/effect-reports/institutions/{code}", s.institution)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private record Track(String id, String token) {}

    private static Response post(Track track, String path, Map<String, Integer> scores) {
        return given().auth()
                .oauth2(track.token)
                .contentType(ContentType.JSON)
                .body(Map.of("scores", scores))
                .post("/api/tracks/{id}/" + path, track.id);
    }

    /** An institution with a programme, its COC and a coach with room for many tracks. */
    private static final class Setup {
        final String institution = Fixtures.unique("EFF");
        final String programme = Fixtures.programme(institution);
        final String coachRef = Fixtures.unique("coach");
        final String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 20, List.of("werkdruk"), true);

        Track active(int i) {
            String token = TestTokens.resident(programme + "-r" + i, programme);
            return new Track(Fixtures.activeTrack(token, programme, coach, coachRef), token);
        }

        /** Holds one session (in the past, at an hour of its own) and completes the track. */
        void holdAndComplete(Track track, int i) {
            String session = Fixtures.book(track.token, track.id, ago(1, DayOfWeek.WEDNESDAY, LocalTime.of(8 + i, 0)));
            given().auth()
                    .oauth2(TestTokens.coach(coachRef))
                    .post("/api/tracks/{id}/sessions/{s}/held", track.id, session)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(track.token)
                    .post("/api/tracks/{id}/complete", track.id)
                    .then()
                    .statusCode(200);
        }

        Track completed(int i) {
            Track track = active(i);
            holdAndComplete(track, i);
            return track;
        }

        String intervisionGroup() {
            String coc = TestTokens.coc(institution);
            String group = given().auth()
                    .oauth2(coc)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "institutionCode",
                            institution,
                            "name",
                            "Intervisie",
                            "coachId",
                            coach,
                            "participantKind",
                            "RESIDENTS"))
                    .post("/api/intervision-groups")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            for (int i = 1; i <= 4; i++) {
                given().auth()
                        .oauth2(coc)
                        .contentType(ContentType.JSON)
                        .body(Map.of("residentReference", programme + "-iv" + i, "programmeCode", programme))
                        .post("/api/intervision-groups/{id}/members", group)
                        .then()
                        .statusCode(200);
            }
            return group;
        }

        io.restassured.response.ValidatableResponse report() {
            return given().auth()
                    .oauth2(TestTokens.coc(institution))
                    .get("/api/effect-reports/institutions/{code}", institution)
                    .then()
                    .statusCode(200);
        }
    }
}
