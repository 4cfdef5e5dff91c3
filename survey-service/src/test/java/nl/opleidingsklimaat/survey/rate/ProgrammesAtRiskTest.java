package nl.opleidingsklimaat.survey.rate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

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

/**
 * During a campaign the coordinator and the COC chase the programmes still short of the threshold: they see which and by
 * how many; the programme side of a short programme still sees no count at all.
 */
@QuarkusTest
class ProgrammesAtRiskTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Running(String region, String institution, String campaign, String shortOne, String enough) {}

    private Running running() {
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String shortOne = Fixtures.unique("A3");
        String enough = Fixtures.unique("B4");
        Fixtures.registerProgramme(db, shortOne, institution, region);
        Fixtures.registerProgramme(db, enough, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> a = Fixtures.inviteResidents(campaign, region, shortOne, 5);
        List<String> b = Fixtures.inviteResidents(campaign, region, enough, 5);
        Fixtures.open(campaign, region);
        for (int i = 0; i < 3; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, a.get(i)), Fixtures.monitorAnswers(4));
        }
        for (int i = 0; i < 4; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, b.get(i)), Fixtures.monitorAnswers(4));
        }
        return new Running(region, institution, campaign, shortOne, enough);
    }

    private static JsonPath rates(String token, String campaign, String query) {
        return given().auth()
                .oauth2(token)
                .get("/api/campaigns/{id}/response-rates" + query, campaign)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theCoordinatorAndTheCocSeeWhichProgrammesAreShortAndByHowMany() {
        Running r = running();
        for (String token : List.of(TestTokens.coordinator(r.region()), TestTokens.coc(r.institution()))) {
            JsonPath all = rates(token, r.campaign(), "");
            Map<String, Object> shortOne = all.getMap("items.find { it.code == '" + r.shortOne() + "' }");
            assertThat(shortOne)
                    .containsEntry("answered", 3)
                    .containsEntry("shortOfThreshold", 1)
                    .containsEntry("belowThreshold", false);
            assertThat(all.getInt("items.find { it.code == '" + r.enough() + "' }.shortOfThreshold"))
                    .isZero();

            JsonPath atRisk = rates(token, r.campaign(), "?atRisk=true");
            assertThat(atRisk.getList("items.code", String.class)).containsExactly(r.shortOne());
        }
    }

    @Test
    void theProgrammeSideOfAShortProgrammeLearnsNoCount() {
        Running r = running();
        JsonPath own = rates(TestTokens.director(r.shortOne()), r.campaign(), "");
        assertThat(own.getList("items")).hasSize(1);
        assertThat(own.getMap("items[0]"))
                .containsEntry("belowThreshold", true)
                .doesNotContainKeys("answered", "invited", "shortOfThreshold");
        assertThat(rates(TestTokens.director(r.shortOne()), r.campaign(), "?atRisk=true")
                        .getList("items"))
                .isEmpty();
        assertThat(rates(TestTokens.director(r.enough()), r.campaign(), "").getMap("items[0]"))
                .containsEntry("answered", 4)
                .doesNotContainKey("shortOfThreshold");
    }

    @Test
    void atRiskIsAboutProgrammes() {
        Running r = running();
        given().auth()
                .oauth2(TestTokens.coordinator(r.region()))
                .get("/api/campaigns/{id}/response-rates?level=INSTITUTION&atRisk=true", r.campaign())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("atRisk"));
    }
}
