package nl.opleidingsklimaat.coaching.intervision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.localstack.DevToken;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntervisionTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aGroupTakesAtMostTenResidentsAndRefusesTheEleventh() {
        Setup s = new Setup();
        String group = s.group("RESIDENTS");
        for (int i = 1; i <= 10; i++) {
            s.add(group, s.programme + "-r" + i).then().statusCode(200).body("size", equalTo(i));
        }
        s.add(group, s.programme + "-r11")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 10 residents"));
        given().auth()
                .oauth2(s.coc)
                .get("/api/intervision-groups/{id}", group)
                .then()
                .body("size", equalTo(10))
                .body("maxSize", equalTo(10));
    }

    @Test
    void aStudentGroupTakesAtMostEight() {
        Setup s = new Setup();
        String group = s.group("STUDENTS");
        for (int i = 1; i <= 8; i++) {
            s.add(group, s.programme + "-s" + i).then().statusCode(200);
        }
        s.add(group, s.programme + "-s9").then().statusCode(409).body("detail", containsString("at most 8 students"));
    }

    @Test
    void aResidentIsInAtMostOneActiveGroup() {
        Setup s = new Setup();
        String first = s.group("RESIDENTS");
        String second = s.group("RESIDENTS");
        String resident = s.programme + "-only";
        s.add(first, resident).then().statusCode(200);
        s.add(second, resident)
                .then()
                .statusCode(409)
                .body("detail", containsString("another active intervision group"));
        s.add(first, resident).then().statusCode(409);
        given().auth()
                .oauth2(s.coc)
                .post("/api/intervision-groups/{id}/closure", first)
                .then()
                .statusCode(200)
                .body("state", equalTo("CLOSED"));
        s.add(second, resident).then().statusCode(200);
        s.add(first, s.programme + "-late").then().statusCode(409);
    }

    @Test
    void formingTheGroupPublishesIntervisionGroupFormedWithoutMembers() {
        Setup s = new Setup();
        String group = s.group("RESIDENTS");
        s.add(group, s.programme + "-a").then().statusCode(200);
        given().auth()
                .oauth2(s.coc)
                .post("/api/intervision-groups/{id}/formation", group)
                .then()
                .statusCode(422);
        s.add(group, s.programme + "-b").then().statusCode(200);
        s.add(group, s.programme + "-c").then().statusCode(200);
        given().auth()
                .oauth2(s.coc)
                .post("/api/intervision-groups/{id}/formation", group)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACTIVE"));
        given().auth()
                .oauth2(s.coc)
                .post("/api/intervision-groups/{id}/formation", group)
                .then()
                .statusCode(409);

        var records = TopicReader.readAll(Topics.COACHING, v -> v.contains(group), Duration.ofSeconds(3));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo("institution/" + s.institution);
        assertThat(records.get(0).value())
                .contains("intervision-group-formed.v1")
                .contains("\"size\":3")
                .contains("\"coachReference\":\"" + s.coachRef + "\"")
                .doesNotContain(s.programme + "-a");
    }

    @Test
    void theFixedCoachKeepsTheScheduleAndAttendance() {
        Setup s = new Setup();
        String group = s.group("RESIDENTS");
        for (String r : List.of("-a", "-b", "-c")) {
            s.add(group, s.programme + r).then().statusCode(200);
        }
        String coach = TestTokens.coach(s.coachRef);
        String meeting = given().auth()
                .oauth2(coach)
                .contentType(ContentType.JSON)
                .body(Map.of("startsAt", "2026-09-14T16:00:00+02:00", "topic", "Omgaan met fouten"))
                .post("/api/intervision-groups/{id}/meetings", group)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(coach)
                .contentType(ContentType.JSON)
                .body(Map.of("present", List.of(s.programme + "-a", "stranger")))
                .put("/api/intervision-groups/{id}/meetings/{m}/attendance", group, meeting)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("present[1]"));
        given().auth()
                .oauth2(coach)
                .contentType(ContentType.JSON)
                .body(Map.of("present", List.of(s.programme + "-a", s.programme + "-b")))
                .put("/api/intervision-groups/{id}/meetings/{m}/attendance", group, meeting)
                .then()
                .statusCode(200)
                .body("present", equalTo(2))
                .body("absent", equalTo(1));
        given().auth()
                .oauth2(TestTokens.resident(s.programme + "-c", s.programme))
                .get("/api/intervision-groups/{id}/meetings", group)
                .then()
                .statusCode(200)
                .body("items[0].topic", equalTo("Omgaan met fouten"));
        given().auth()
                .oauth2(TestTokens.coach(Fixtures.unique("other")))
                .contentType(ContentType.JSON)
                .body(Map.of("startsAt", "2026-09-21T16:00:00+02:00"))
                .post("/api/intervision-groups/{id}/meetings", group)
                .then()
                .statusCode(404);
    }

    @Test
    void membersSeeTheirGroupButNotEachOtherAndOutsidersSeeNothing() {
        Setup s = new Setup();
        String group = s.group("RESIDENTS");
        s.add(group, s.programme + "-a").then().statusCode(200);
        given().auth()
                .oauth2(TestTokens.resident(s.programme + "-a", s.programme))
                .get("/api/intervision-groups/{id}", group)
                .then()
                .statusCode(200)
                .body("size", equalTo(1))
                .body("members", nullValue());
        given().auth()
                .oauth2(TestTokens.coach(s.coachRef))
                .get("/api/intervision-groups/{id}", group)
                .then()
                .statusCode(200)
                .body("members[0].residentReference", equalTo(s.programme + "-a"));
        for (String outsider : List.of(TestTokens.resident("someone", s.programme), TestTokens.coc("OTHER"))) {
            given().auth()
                    .oauth2(outsider)
                    .get("/api/intervision-groups/{id}", group)
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(TestTokens.board(s.institution))
                .get("/api/intervision-groups/{id}", group)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(s.coc)
                .get("/api/intervision-groups?institution={i}", s.institution)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void questionnaireResultsAreShownOnlyForFourOrMoreRespondents() {
        Setup s = new Setup();
        String group = s.group("RESIDENTS");
        for (int i = 1; i <= 5; i++) {
            s.add(group, s.programme + "-q" + i).then().statusCode(200);
        }
        for (int i = 1; i <= 3; i++) {
            answer(s, group, i, 2 + (i % 2)).then().statusCode(204);
        }
        answer(s, group, 1, 4).then().statusCode(409);
        given().auth()
                .oauth2(TestTokens.resident("not-a-member", s.programme))
                .contentType(ContentType.JSON)
                .body(Map.of("phase", "PRE", "scores", Map.of("resilience", 3)))
                .post("/api/intervision-groups/{id}/questionnaire-responses", group)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.resident(s.programme + "-q5", s.programme))
                .contentType(ContentType.JSON)
                .body(Map.of("phase", "PRE", "scores", Map.of("happiness", 3)))
                .post("/api/intervision-groups/{id}/questionnaire-responses", group)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("scores.happiness"));
        given().auth()
                .oauth2(TestTokens.resident(s.programme + "-q5", s.programme))
                .contentType(ContentType.JSON)
                .body(Map.of("phase", "PRE", "scores", Map.of("resilience", 9)))
                .post("/api/intervision-groups/{id}/questionnaire-responses", group)
                .then()
                .statusCode(400);

        given().auth()
                .oauth2(s.coc)
                .get("/api/intervision-groups/{id}/questionnaire-results", group)
                .then()
                .statusCode(200)
                .body("phases[0].respondents.display", equalTo("fewer than 4"))
                .body("phases[0].means", nullValue());

        answer(s, group, 4, 5).then().statusCode(204);
        // scores 3, 2, 3, 5 on both measures
        given().auth()
                .oauth2(TestTokens.coach(s.coachRef))
                .get("/api/intervision-groups/{id}/questionnaire-results", group)
                .then()
                .statusCode(200)
                .body("phases[0].respondents.value", equalTo(4))
                .body("phases[0].means.resilience", equalTo(3.25f))
                .body("phases[0].means.reflection", equalTo(3.25f))
                .body("phases[1].respondents.display", equalTo("fewer than 4"));
    }

    @Test
    void questionnaireScoresShareNoTransactionWithTheMembersWhoGaveThem() {
        Setup s = new Setup();
        String group = s.group("RESIDENTS");
        for (int i = 1; i <= 4; i++) {
            s.add(group, s.programme + "-q" + i).then().statusCode(200);
        }
        for (int i = 1; i <= 4; i++) {
            answer(s, group, i, i).then().statusCode(204);
        }
        // a database reader pairs rows written in one transaction: member marked, scores inserted
        assertThat(TestSql.count(
                        dataSource, "SELECT count(*) FROM questionnaire_score WHERE group_id = ?::uuid", group))
                .isEqualTo(8);
        assertThat(TestSql.count(dataSource, """
                SELECT count(*) FROM questionnaire_submission s JOIN questionnaire_score q ON q.xmin::text = s.xmin::text
                WHERE s.group_id = ?::uuid""", group)).isZero();
        assertThat(TestSql.count(
                        dataSource,
                        "SELECT count(DISTINCT xmin::text) FROM questionnaire_score WHERE group_id = ?::uuid",
                        group))
                .isEqualTo(1);
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM sealed_ballot WHERE box LIKE ?", "%" + group + "%"))
                .isZero();
    }

    @Test
    void questionnaireResultsMoveInStepsOfFourAnswersSoNoOneAnswerCanBeIsolated() {
        Setup s = new Setup();
        String group = s.group("RESIDENTS");
        for (int i = 1; i <= 8; i++) {
            s.add(group, s.programme + "-q" + i).then().statusCode(200);
        }
        for (int i = 1; i <= 3; i++) {
            answer(s, group, i, 2).then().statusCode(204);
        }
        assertThat(TestSql.count(
                        dataSource, "SELECT count(*) FROM questionnaire_score WHERE group_id = ?::uuid", group))
                .isZero();
        results(s, group)
                .body("phases[0].respondents.display", equalTo("fewer than 4"))
                .body("phases[0].means", nullValue())
                .body("phases[0].note", containsString("groups of at least 4"));

        answer(s, group, 4, 2).then().statusCode(204);
        results(s, group)
                .body("phases[0].respondents.value", equalTo(4))
                .body("phases[0].means.resilience", equalTo(2.0f));

        // a fifth answer, however far off, changes nothing until three more are in
        answer(s, group, 5, 5).then().statusCode(204);
        results(s, group)
                .body("phases[0].respondents.value", equalTo(4))
                .body("phases[0].means.resilience", equalTo(2.0f))
                .body("phases[0]", not(hasKey("pendingAnswers")));
        answer(s, group, 6, 5).then().statusCode(204);
        answer(s, group, 7, 5).then().statusCode(204);
        results(s, group)
                .body("phases[0].respondents.value", equalTo(4))
                .body("phases[0].means.resilience", equalTo(2.0f));
        answer(s, group, 8, 5).then().statusCode(204);
        results(s, group)
                .body("phases[0].respondents.value", equalTo(8))
                .body("phases[0].means.resilience", equalTo(3.5f));
    }

    private static io.restassured.response.ValidatableResponse results(Setup s, String group) {
        return given().auth()
                .oauth2(s.coc)
                .get("/api/intervision-groups/{id}/questionnaire-results", group)
                .then()
                .statusCode(200);
    }

    @Test
    void badGroupRequestsAreRefused() {
        Setup s = new Setup();
        given().auth()
                .oauth2(s.coc)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "institutionCode",
                        s.institution,
                        "name",
                        "G",
                        "coachId",
                        java.util.UUID.randomUUID().toString(),
                        "participantKind",
                        "RESIDENTS"))
                .post("/api/intervision-groups")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("coachId"));
        given().auth()
                .oauth2(s.coc)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "institutionCode",
                        s.institution,
                        "name",
                        "G",
                        "coachId",
                        s.coach,
                        "participantKind",
                        "TEACHERS"))
                .post("/api/intervision-groups")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.coc("OTHER"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "institutionCode",
                        s.institution,
                        "name",
                        "G",
                        "coachId",
                        s.coach,
                        "participantKind",
                        "RESIDENTS"))
                .post("/api/intervision-groups")
                .then()
                .statusCode(404);
        String group = s.group("RESIDENTS");
        String foreign = Fixtures.programme(Fixtures.unique("ELSE"));
        String cocOfBoth = DevToken.mint(
                Set.of("coc"),
                List.of(),
                List.of(s.institution, foreign.substring(0, foreign.indexOf("-INT"))),
                null,
                "test-coc-both",
                java.time.Duration.ofHours(1));
        given().auth()
                .oauth2(cocOfBoth)
                .contentType(ContentType.JSON)
                .body(Map.of("residentReference", "x", "programmeCode", foreign))
                .post("/api/intervision-groups/{id}/members", group)
                .then()
                .statusCode(422);
    }

    private static io.restassured.response.Response answer(Setup s, String group, int member, int score) {
        return given().auth()
                .oauth2(TestTokens.resident(s.programme + "-q" + member, s.programme))
                .contentType(ContentType.JSON)
                .body(Map.of("phase", "PRE", "scores", Map.of("resilience", score, "reflection", score)))
                .post("/api/intervision-groups/{id}/questionnaire-responses", group);
    }

    /** An institution with a programme, its COC and a coach. */
    private static final class Setup {
        final String institution = Fixtures.unique("GRP");
        final String programme = Fixtures.programme(institution);
        final String coc = TestTokens.coc(institution);
        final String coachRef = Fixtures.unique("coach");
        final String coach = Fixtures.coach(coachRef, List.of("ELSEWHERE"), 3, List.of("intervisie"), true);

        String group(String kind) {
            return given().auth()
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
                            kind))
                    .post("/api/intervision-groups")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }

        io.restassured.response.Response add(String group, String resident) {
            return given().auth()
                    .oauth2(coc)
                    .contentType(ContentType.JSON)
                    .body(Map.of("residentReference", resident, "programmeCode", programme))
                    .post("/api/intervision-groups/{id}/members", group);
        }
    }
}
