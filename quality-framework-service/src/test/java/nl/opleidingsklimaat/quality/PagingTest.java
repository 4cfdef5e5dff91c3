package nl.opleidingsklimaat.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Issue 13, item 7: {@code ?page=2147483647&size=200} answered 500 on every list; now a 400 problem on each of them. */
@QuarkusTest
class PagingTest {

    @Test
    void aPageBeyondTheLastPossibleOneIsABadRequestOnEveryList() {
        Fixtures.Organisation org = Fixtures.organisation();
        String coordinator = TestTokens.coordinator(org.region());
        String assessment = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(Map.of("subjectType", "PROGRAMME", "subjectCode", org.programme(), "year", 2026))
                .post("/api/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String plan = given().auth()
                .oauth2(coordinator)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "subjectType", "PROGRAMME", "subjectCode", org.programme(), "cycle", "2026", "title", "Plan"))
                .post("/api/improvement-plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        for (String list : new String[] {
            "/api/regions",
            "/api/institutions",
            "/api/specialties",
            "/api/clusters",
            "/api/programmes",
            "/api/frameworks",
            "/api/assessments",
            "/api/assessments/" + assessment + "/evidence",
            "/api/improvement-plans",
            "/api/improvement-plans/" + plan + "/history",
            "/api/overdue-actions?institutionCode=" + org.institution(),
            "/api/dashboards/institutions/" + org.institution(),
            "/api/dashboards/regions/" + org.region()
        }) {
            given().auth()
                    .oauth2(coordinator)
                    .queryParam("page", Integer.MAX_VALUE)
                    .queryParam("size", 200)
                    .get(list)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("violations.field", hasItem(containsString("page")));
        }
    }
}
