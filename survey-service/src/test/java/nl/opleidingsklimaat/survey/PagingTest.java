package nl.opleidingsklimaat.survey;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** A page far beyond any list (page x size past the integer range) is a 400 problem on every list, never a 500. */
@QuarkusTest
class PagingTest {
    private static final String HUGE = "?page=2147483647&size=200";

    @Inject
    AgroalDataSource db;

    @Test
    void aPageBeyondEveryListIsA400ProblemOnEachList() {
        String region = Fixtures.knownRegion(db);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        String coordinator = TestTokens.coordinator(region);
        String advisor = TestTokens.advisor(region);
        for (String list :
                new String[] {"/api/campaigns", "/api/instruments", "/api/campaigns/" + campaign + "/response-rates"}) {
            given().auth()
                    .oauth2(coordinator)
                    .get(list + HUGE)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        for (String list : new String[] {
            "/api/campaigns/" + campaign + "/reports", "/api/campaigns/" + campaign + "/reports/P/open-answers"
        }) {
            given().auth()
                    .oauth2(advisor)
                    .get(list + HUGE)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
