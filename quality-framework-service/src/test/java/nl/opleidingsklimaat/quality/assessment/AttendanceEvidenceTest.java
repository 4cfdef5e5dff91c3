package nl.opleidingsklimaat.quality.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.contracts.trainingevents.AttendanceConfirmed;
import nl.opleidingsklimaat.contracts.trainingevents.TrainingEventEvents;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** AttendanceConfirmed as professionalisation evidence. */
@QuarkusTest
class AttendanceEvidenceTest {
    static final Duration BOUND = Duration.ofSeconds(30);

    static String assessmentOf(String programme) {
        return given().auth()
                .oauth2(TestTokens.systemOfProgrammes(programme))
                .queryParam("subjectCode", programme)
                .get("/api/assessments")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    @Test
    void attendanceIsProfessionalisationEvidenceWithPointsCountedOnce() {
        Fixtures.Organisation org = Fixtures.organisation();
        CloudEvent<AttendanceConfirmed> first = TestEvents.publish(
                TrainingEventEvents.ATTENDANCE_CONFIRMED,
                Subjects.programme(org.programme()),
                attendance(org, "supervisor", "3"));
        for (int i = 0; i < 3; i++) {
            TestEvents.publish(
                    TrainingEventEvents.ATTENDANCE_CONFIRMED,
                    Subjects.programme(org.programme()),
                    attendance(org, "supervisor", "3"));
        }
        TestEvents.publish(Topics.TRAINING_EVENTS, first);
        for (int i = 0; i < 4; i++) {
            TestEvents.publish(
                    TrainingEventEvents.ATTENDANCE_CONFIRMED,
                    Subjects.programme(org.programme()),
                    attendance(org, "resident", "2"));
        }
        await().atMost(BOUND)
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.coc(org.institution()))
                        .get("/api/dashboards/institutions/" + org.institution())
                        .then()
                        .body("programmes[0].professionalisation.attendances", equalTo(8)));
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .body("programmes[0].professionalisation.totalPoints", equalTo(20.0f))
                .body("programmes[0].professionalisation.supervisorPoints", equalTo(12.0f));
        String assessment = assessmentOf(org.programme());
        given().auth()
                .oauth2(TestTokens.systemOfProgrammes(org.programme()))
                .queryParam("domainCode", "professionalisering")
                .get("/api/assessments/" + assessment + "/evidence")
                .then()
                .body("totalItems", equalTo(8))
                .body("items.kind.unique()", contains("ATTENDANCE"));
    }

    private static AttendanceConfirmed attendance(Fixtures.Organisation org, String role, String points) {
        return new AttendanceConfirmed(
                UUID.randomUUID(),
                "deepening-day",
                "Verdiepingsdag",
                LocalDate.now(),
                "person-" + UUID.randomUUID(),
                role,
                org.programme(),
                org.institution(),
                new BigDecimal(points),
                List.of());
    }

    @Test
    void attendanceWithoutAProgrammeCountsForTheInstitutionsCoc() {
        Fixtures.Organisation org = Fixtures.organisation();
        TestEvents.publish(
                TrainingEventEvents.ATTENDANCE_CONFIRMED,
                Subjects.institution(org.institution()),
                new AttendanceConfirmed(
                        UUID.randomUUID(),
                        "round-table",
                        "Ronde tafel intervisie",
                        LocalDate.now(),
                        "person-z",
                        "coc",
                        null,
                        org.institution(),
                        new BigDecimal("1.5"),
                        List.of()));

        await().atMost(BOUND)
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.board(org.institution()))
                        .queryParam("subjectType", "INSTITUTION")
                        .queryParam("subjectCode", org.institution())
                        .get("/api/assessments")
                        .then()
                        .statusCode(200)
                        .body("totalItems", equalTo(1)));
        String assessment = given().auth()
                .oauth2(TestTokens.board(org.institution()))
                .queryParam("subjectType", "INSTITUTION")
                .queryParam("subjectCode", org.institution())
                .get("/api/assessments")
                .then()
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(TestTokens.board(org.institution()))
                .get("/api/assessments/" + assessment + "/evidence")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].actorCode", equalTo("coc"))
                .body("items[0].domainCode", equalTo("professionalisering"))
                .body("items[0].points", equalTo(1.5f))
                .body("items[0].fromEvent", equalTo(true));
    }
}
