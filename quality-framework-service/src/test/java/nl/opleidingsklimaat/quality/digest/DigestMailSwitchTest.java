package nl.opleidingsklimaat.quality.digest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The digest is switched per institution through the platform's mail switches, by those who run the institution. */
@QuarkusTest
class DigestMailSwitchTest {

    @Test
    void theDigestIsOnByDefaultAndTheCocSwitchesItOffAndOnAgain() {
        Fixtures.Organisation org = Fixtures.organisation();
        String coc = TestTokens.coc(org.institution());
        given().auth()
                .oauth2(coc)
                .get("/api/mail-switches/institutions/{code}", org.institution())
                .then()
                .statusCode(200)
                .body("kind", contains("overdue-actions-digest"))
                .body("[0].enabled", equalTo(true))
                .body("[0].byDefault", equalTo(true))
                .body("[0]", not(hasKey("changedAt")));

        switchDigest(coc, org.institution(), false)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("byDefault", equalTo(false))
                .body("changedBy", equalTo("test-coc-" + org.institution()));
        given().auth()
                .oauth2(TestTokens.coordinator(org.region()))
                .get("/api/mail-switches/institutions/{code}", org.institution())
                .then()
                .statusCode(200)
                .body("[0].enabled", equalTo(false));
        switchDigest(TestTokens.coordinator(org.region()), org.institution(), true)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true));
    }

    @Test
    void badOrOutOfScopeChangesAreRefusedAndChangeNothing() {
        Fixtures.Organisation org = Fixtures.organisation();
        String coc = TestTokens.coc(org.institution());
        given().auth()
                .oauth2(coc)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/mail-switches/institutions/{code}/overdue-actions-digest", org.institution())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        switchDigest(coc, org.institution(), false).then().statusCode(200);
        given().auth()
                .oauth2(coc)
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true))
                .put("/api/mail-switches/institutions/{code}/registration-confirmation", org.institution())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        switchDigest(TestTokens.coc("OTHER-INST"), org.institution(), true)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        switchDigest(TestTokens.director(org.programme()), org.institution(), true)
                .then()
                .statusCode(403);
        switchDigest(TestTokens.coc(org.institution()), "NO-SUCH-INST", true)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(coc)
                .get("/api/mail-switches/institutions/{code}", org.institution())
                .then()
                .statusCode(200)
                .body("[0].enabled", equalTo(false));
    }

    private static io.restassured.response.Response switchDigest(String token, String institution, boolean on) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", on))
                .put("/api/mail-switches/institutions/{code}/overdue-actions-digest", institution);
    }
}
