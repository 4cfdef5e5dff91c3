package nl.opleidingsklimaat.quality.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, attack 3: an unscoped system token was the whole platform. A machine token acts within the scope claims
 * it carries, in lists too, and without any it gets nothing.
 */
@QuarkusTest
class ScopedSystemTokenTest {

    @Test
    void aSystemTokenScopedToAnInstitutionListsOnlyItsProgrammes() {
        Fixtures.Organisation own = Fixtures.organisation();
        Fixtures.Organisation other = Fixtures.organisation();
        String hospitalSystem = TestTokens.systemOfInstitution(own.institution());

        given().auth()
                .oauth2(hospitalSystem)
                .queryParam("size", 200)
                .get("/api/programmes")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(own.programme()))
                .body("items.code", not(hasItem(other.programme())));
        given().auth()
                .oauth2(hospitalSystem)
                .get("/api/programmes/" + other.programme())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(hospitalSystem)
                .get("/api/dashboards/institutions/" + own.institution())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(hospitalSystem)
                .get("/api/dashboards/institutions/" + other.institution())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.systemOfInstitution(other.institution()))
                .get("/api/programmes/" + other.programme())
                .then()
                .statusCode(200)
                .body("code", equalTo(other.programme()));
    }

    @Test
    void anUnscopedSystemTokenGetsNothing() {
        Fixtures.Organisation org = Fixtures.organisation();
        String unscoped = TestTokens.system();

        given().auth()
                .oauth2(unscoped)
                .get("/api/programmes/" + org.programme())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(unscoped)
                .get("/api/institutions/" + org.institution())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(unscoped)
                .get("/api/regions/" + org.region())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(unscoped)
                .get("/api/clusters/" + org.cluster())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(unscoped)
                .get("/api/dashboards/institutions/" + org.institution())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(unscoped)
                .get("/api/dashboards/regions/" + org.region())
                .then()
                .statusCode(404);
        for (String list : new String[] {
            "/api/programmes",
            "/api/institutions",
            "/api/regions",
            "/api/clusters",
            "/api/assessments",
            "/api/improvement-plans"
        }) {
            given().auth()
                    .oauth2(unscoped)
                    .queryParam("size", 200)
                    .get(list)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(0));
        }
        given().auth()
                .oauth2(unscoped)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("INST"), "name", "X", "regionCode", org.region()))
                .post("/api/institutions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(unscoped)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("OOR"), "name", "X"))
                .post("/api/regions")
                .then()
                .statusCode(403);
    }

    @Test
    void aSystemTokenScopedToARegionRegistersAndReadsInThatRegionOnly() {
        Fixtures.Organisation own = Fixtures.organisation();
        Fixtures.Organisation other = Fixtures.organisation();
        String regionalSystem = TestTokens.systemOfRegion(own.region());

        given().auth()
                .oauth2(regionalSystem)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("INST"), "name", "X", "regionCode", own.region()))
                .post("/api/institutions")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(regionalSystem)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("INST"), "name", "X", "regionCode", other.region()))
                .post("/api/institutions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(regionalSystem)
                .get("/api/dashboards/regions/" + own.region())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(regionalSystem)
                .get("/api/dashboards/regions/" + other.region())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(regionalSystem)
                .get("/api/programmes/" + other.programme())
                .then()
                .statusCode(404);
        // national reference data is not a regional system's to change
        given().auth()
                .oauth2(regionalSystem)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("SPEC"), "name", "X"))
                .post("/api/specialties")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(regionalSystem)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("OOR"), "name", "X"))
                .post("/api/regions")
                .then()
                .statusCode(403);
    }
}
