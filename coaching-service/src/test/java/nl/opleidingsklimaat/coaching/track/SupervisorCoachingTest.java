package nl.opleidingsklimaat.coaching.track;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.coaching.Fixtures.ago;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.localstack.DevToken;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Supervisors are coached too (document 001: "aios en supervisoren"); costs and counts keep them apart. */
@QuarkusTest
class SupervisorCoachingTest {

    static String supervisor(String subject, String programme) {
        return DevToken.mint(Set.of("supervisor"), List.of(programme), List.of(), null, subject, Duration.ofHours(1));
    }

    @Test
    void aSupervisorsTrackIsTheirsPaysNoOwnContributionAndIsCountedApartFromResidents() {
        String institution = Fixtures.unique("HOSP");
        String programme = Fixtures.programme(institution);
        String coachRef = Fixtures.unique("coach");
        String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 10, List.of("werkdruk"), true);
        String coc = TestTokens.coc(institution);

        String supervisor = supervisor(Fixtures.unique("sup"), programme);
        String track = Fixtures.requestTrack(supervisor, programme);
        given().auth()
                .oauth2(supervisor)
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(200)
                .body("coachee", equalTo("SUPERVISOR"));
        given().auth()
                .oauth2(supervisor)
                .get("/api/tracks/{id}/reason", track)
                .then()
                .statusCode(200);
        Fixtures.match(supervisor, track, coach);
        given().auth()
                .oauth2(TestTokens.coach(coachRef))
                .post("/api/tracks/{id}/start", track)
                .then()
                .statusCode(200);
        String session = Fixtures.book(supervisor, track, ago(1, DayOfWeek.TUESDAY, LocalTime.of(9, 0)));
        given().auth()
                .oauth2(TestTokens.coach(coachRef))
                .post("/api/tracks/{id}/sessions/{s}/held", track, session)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(supervisor)
                .get("/api/tracks/{id}/costs", track)
                .then()
                .statusCode(200)
                .body("totalFees", equalTo(125.0f))
                .body("ownContribution", equalTo(0.0f))
                .body("departmentShare", equalTo(125.0f));

        // a resident of the same programme with the same reference sees nothing of the supervisor's track
        given().auth()
                .oauth2(TestTokens.resident("someone-else", programme))
                .get("/api/tracks/{id}", track)
                .then()
                .statusCode(404);

        // one supervisor: the residents' counts stay 0, the supervisors' read "fewer than 4"
        given().auth()
                .oauth2(coc)
                .get("/api/coaching-statistics/programmes/{code}", programme)
                .then()
                .statusCode(200)
                .body("residentsInCoaching.value", equalTo(0))
                .body("supervisorsInCoaching.display", equalTo("fewer than 4"))
                .body("supervisorsInCoaching", not(hasKey("value")));
        given().auth()
                .oauth2(coc)
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("departments[0].tracks.value", equalTo(0))
                .body("departments[0].totalFees", equalTo(0.0f))
                .body("departments[0].supervisors.tracks.display", equalTo("fewer than 4"))
                .body("departments[0].supervisors", not(hasKey("totalFees")))
                .body("totalFees", equalTo(0.0f))
                .body("supervisorTotals", not(hasKey("totalFees")));

        // four supervisors in coaching: their figures are shown, still apart from the residents'
        for (int i = 0; i < 3; i++) {
            String other = supervisor(Fixtures.unique("sup"), programme);
            Fixtures.match(other, Fixtures.requestTrack(other, programme), coach);
        }
        given().auth()
                .oauth2(coc)
                .get("/api/coaching-statistics/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("residentsInCoaching.value", equalTo(0))
                .body("supervisorsInCoaching.value", equalTo(4))
                .body("programmes[0].supervisorsInCoaching.value", equalTo(4));
        given().auth()
                .oauth2(coc)
                .get("/api/cost-overviews/institutions/{code}", institution)
                .then()
                .statusCode(200)
                .body("departments[0].supervisors.tracks.value", equalTo(4))
                .body("departments[0].supervisors.sessionsHeld", equalTo(1))
                .body("departments[0].supervisors.ownContributions", equalTo(0.0f))
                .body("departments[0].supervisors.departmentShare", equalTo(125.0f))
                .body("supervisorTotals.totalFees", equalTo(125.0f))
                .body("departments[0].totalFees", equalTo(0.0f));
    }

    @Test
    void supervisorsMeetInAGroupOfTheirOwnAndAreCountedApart() {
        String institution = Fixtures.unique("GRP");
        String programme = Fixtures.programme(institution);
        String coc = TestTokens.coc(institution);
        String coach = Fixtures.coach(Fixtures.unique("coach"), List.of("ELSEWHERE"), 3, List.of("intervisie"), true);
        String group = given().auth()
                .oauth2(coc)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "institutionCode",
                        institution,
                        "name",
                        "Intervisie opleiders",
                        "coachId",
                        coach,
                        "participantKind",
                        "SUPERVISORS"))
                .post("/api/intervision-groups")
                .then()
                .statusCode(201)
                .body("maxSize", equalTo(10))
                .extract()
                .path("id");
        for (int i = 1; i <= 4; i++) {
            given().auth()
                    .oauth2(coc)
                    .contentType(ContentType.JSON)
                    .body(Map.of("residentReference", programme + "-sup" + i, "programmeCode", programme))
                    .post("/api/intervision-groups/{id}/members", group)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(supervisor(programme + "-sup1", programme))
                .get("/api/intervision-groups/{id}", group)
                .then()
                .statusCode(200)
                .body("participantKind", equalTo("SUPERVISORS"));
        given().auth()
                .oauth2(coc)
                .get("/api/coaching-statistics/programmes/{code}", programme)
                .then()
                .statusCode(200)
                .body("residentsInIntervision.value", equalTo(0))
                .body("supervisorsInIntervision.value", equalTo(4));
    }
}
