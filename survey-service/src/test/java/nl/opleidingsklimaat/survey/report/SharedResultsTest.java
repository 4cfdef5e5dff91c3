package nl.opleidingsklimaat.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Residents read the released summary of their own programme (document 003: share the results with the residents). */
@QuarkusTest
class SharedResultsTest {
    private static Scenario scenario;

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Scenario(String campaign, String small, String released) {}

    private Scenario scenario() {
        if (scenario != null) {
            return scenario;
        }
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String small = Fixtures.unique("P3");
        String released = Fixtures.unique("P5");
        Fixtures.registerProgramme(db, small, institution, region);
        Fixtures.registerProgramme(db, released, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> three = Fixtures.inviteResidents(campaign, region, small, 4);
        List<String> five = Fixtures.inviteResidents(campaign, region, released, 5);
        Fixtures.open(campaign, region);
        for (int i = 0; i < 3; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, three.get(i)), Fixtures.monitorAnswers(2));
        }
        for (int i = 0; i < 5; i++) {
            Map<String, Object> answers = Fixtures.monitorAnswers(i < 3 ? 2 : 3);
            Fixtures.answer(
                    Fixtures.tokenFor(mailbox, five.get(i)),
                    i == 0 ? Fixtures.withText(answers, "OPEN-STERK", "Een open antwoord") : answers);
        }
        Fixtures.close(campaign, region);
        scenario = new Scenario(campaign, small, released);
        return scenario;
    }

    @Test
    void aResidentReadsTheReleasedSummaryOfTheirOwnProgrammeWithoutItemsOrOpenAnswers() {
        Scenario s = scenario();
        JsonPath shared = given().auth()
                .oauth2(TestTokens.resident("aios-1", s.released()))
                .get("/api/campaigns/{id}/reports/{p}/shared-results", s.campaign(), s.released())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(shared.getString("programmeCode")).isEqualTo(s.released());
        assertThat(shared.getInt("respondents")).isEqualTo(5);
        assertThat(shared.getList("domains.name", String.class)).contains("Begeleiding en supervisie");
        // 2, 2, 2, 3, 3: an attention point in every theme
        assertThat(shared.getList("attentionPoints", String.class)).isNotEmpty();
        assertThat(shared.getMap("$")).doesNotContainKeys("items", "openAnswers", "invited");
        assertThat(shared.prettify()).doesNotContain("Een open antwoord");
    }

    @Test
    void aResidentGetsNothingOfAWithheldProgrammeNorOfAnotherProgrammeNorTheFullReport() {
        Scenario s = scenario();
        given().auth()
                .oauth2(TestTokens.resident("aios-2", s.small()))
                .get("/api/campaigns/{id}/reports/{p}/shared-results", s.campaign(), s.small())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.resident("aios-2", s.small()))
                .get("/api/campaigns/{id}/reports/{p}/shared-results", s.campaign(), s.released())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.resident("aios-1", s.released()))
                .get("/api/campaigns/{id}/reports/{p}", s.campaign(), s.released())
                .then()
                .statusCode(403);
    }
}
