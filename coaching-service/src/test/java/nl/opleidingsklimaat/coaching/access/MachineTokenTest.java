package nl.opleidingsklimaat.coaching.access;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.coaching.Fixtures.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Machine tokens act only within their scope claims, and never learn who is coached, scoped or not (issue 13, attack 3). */
@QuarkusTest
class MachineTokenTest {

    @Test
    void anUnscopedSystemTokenSeesNothing() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String residentRef = Fixtures.unique("res");
        String track = Fixtures.requestTrack(TestTokens.resident(residentRef, programme), programme);
        String system = TestTokens.system();

        given().auth()
                .oauth2(system)
                .get("/api/tracks")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body(not(containsString(residentRef)));
        given().auth().oauth2(system).get("/api/tracks/{id}", track).then().statusCode(404);
        for (String path : List.of(
                "/api/coaching-statistics/programmes/" + programme,
                "/api/coaching-statistics/institutions/" + institution,
                "/api/cost-overviews/institutions/" + institution,
                "/api/coverage/programmes/" + programme,
                "/api/coverage/institutions/" + institution,
                "/api/proactive-programmes?institution=" + institution,
                "/api/offers?programme=" + programme)) {
            given().auth().oauth2(system).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().auth()
                .oauth2(system)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "reference",
                        Fixtures.unique("coach"),
                        "name",
                        "C",
                        "expertise",
                        List.of(),
                        "experienceWithResidents",
                        true,
                        "medicalBackground",
                        true,
                        "institutions",
                        List.of(institution),
                        "capacity",
                        2,
                        "available",
                        true,
                        "sessionFee",
                        "100.00"))
                .post("/api/coaches")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aScopedSystemTokenSeesCountsButNeverWhoIsCoached() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String residentRef = Fixtures.unique("res");
        String resident = TestTokens.resident(residentRef, programme);
        String track = Fixtures.activeTrack(resident, programme, coach, coachRef);
        String session = Fixtures.book(resident, track, at(1, DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        String machine = TestTokens.systemOfInstitution(institution);

        given().auth().oauth2(machine).get("/api/tracks").then().statusCode(403).body(not(containsString(residentRef)));
        given().auth()
                .oauth2(machine)
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(404)
                .body(not(containsString(residentRef)));
        given().auth()
                .oauth2(machine)
                .get("/api/tracks/{id}/reason", track)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(machine)
                .get("/api/tracks/{id}/sessions/{s}/notes", track, session)
                .then()
                .statusCode(404);
        for (String path : List.of("/sessions", "/costs", "/match-proposals")) {
            given().auth()
                    .oauth2(machine)
                    .get("/api/tracks/{id}" + path, track)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(machine)
                .post("/api/tracks/{id}/cancel", track)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(resident)
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACTIVE"));

        // counts within its scope, under the small-cells rule; nothing outside it
        given().auth()
                .oauth2(machine)
                .get("/api/coaching-statistics/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("residentsInCoaching.display", equalTo("fewer than 4"))
                .body(not(containsString(residentRef)));
        given().auth()
                .oauth2(machine)
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("departments[0].tracks.display", equalTo("fewer than 4"));
        given().auth()
                .oauth2(TestTokens.systemOfRegion("OOR-TEST"))
                .get("/api/coaching-statistics/programmes/{code}", programme)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.systemOfProgrammes(programme))
                .get("/api/coaching-statistics/programmes/{code}", programme)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.systemOfProgrammes(programme))
                .get("/api/coaching-statistics/institutions/{code}", institution)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.systemOfInstitution("OTHER"))
                .get("/api/coaching-statistics/programmes/{code}", programme)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.systemOfInstitution("OTHER"))
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(404);
    }

    @Test
    void aScopedSystemTokenChangesOnlyCoachesOfItsInstitutions() {
        String institution = Fixtures.unique("HOSP");
        String ours = Fixtures.coach(Fixtures.unique("coach"), List.of(institution), 3, List.of("werkdruk"), true);
        String theirs = Fixtures.coach(Fixtures.unique("coach"), List.of("ELSEWHERE"), 3, List.of("werkdruk"), true);
        String machine = TestTokens.systemOfInstitution(institution);
        given().auth()
                .oauth2(machine)
                .contentType(ContentType.JSON)
                .body(Map.of("available", false, "capacity", 3))
                .put("/api/coaches/{id}/availability", ours)
                .then()
                .statusCode(200)
                .body("available", equalTo(false));
        given().auth()
                .oauth2(machine)
                .contentType(ContentType.JSON)
                .body(Map.of("available", false, "capacity", 3))
                .put("/api/coaches/{id}/availability", theirs)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.system())
                .contentType(ContentType.JSON)
                .body(Map.of("available", false, "capacity", 3))
                .put("/api/coaches/{id}/availability", ours)
                .then()
                .statusCode(404);
    }

    @Test
    void machineTokensDoNotHandleIntervisionMembers() {
        String institution = Fixtures.unique("GRP");
        given().auth()
                .oauth2(TestTokens.systemOfInstitution(institution))
                .get("/api/intervision-groups?institution={i}", institution)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
