package nl.opleidingsklimaat.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** A hospital system retries a POST after a timeout: the retry must not do the work twice. */
@QuarkusTest
class IdempotencyKeyTest {
    @Inject
    DataSource dataSource;

    private static final String REGION_COORDINATOR = TestTokens.withRoles("idem-coordinator", "region-coordinator");

    private static Response register(String token, String key, Map<String, String> body) {
        return given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/test-regions");
    }

    private long regions(String code) {
        return TestSql.count(dataSource, "SELECT count(*) FROM test_region WHERE code = ?", code);
    }

    @Test
    void aRetriedCreateReplaysTheFirstResponseAndStoresOneObject() {
        String code = "ID-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("code", code, "name", "Idempotent");

        Response first = register(REGION_COORDINATOR, key, body);
        Response retry = register(REGION_COORDINATOR, key, body);

        first.then().statusCode(201);
        retry.then()
                .statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .header("Idempotent-Replayed", "true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(regions(code)).isEqualTo(1);
        // without the key the same request is simply a second create, refused as a duplicate
        given().auth()
                .oauth2(REGION_COORDINATOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/test-regions")
                .then()
                .statusCode(409);
    }

    @Test
    void aKeyReusedForAnotherRequestIs422AndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String code = "ID-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String other = "ID-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        register(REGION_COORDINATOR, key, Map.of("code", code, "name", "First"))
                .then()
                .statusCode(201);

        register(REGION_COORDINATOR, key, Map.of("code", other, "name", "Second"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Idempotency-Key was used for another request"));

        assertThat(regions(other)).isZero();
    }

    @Test
    void keysBelongToTheirClientAndAreKeptWithTheirResponse() {
        String key = UUID.randomUUID().toString();
        String mine = "ID-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String theirs = "ID-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String otherClient = TestTokens.withRoles("idem-other-coordinator", "region-coordinator");

        register(REGION_COORDINATOR, key, Map.of("code", mine, "name", "Mine"))
                .then()
                .statusCode(201);
        register(otherClient, key, Map.of("code", theirs, "name", "Theirs"))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);

        assertThat(regions(theirs)).isEqualTo(1);
        assertThat(TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM idempotency_key WHERE key = ? AND status = 201 AND completed_at IS NOT NULL",
                        key))
                .isEqualTo(2);
    }

    @Test
    void anErrorResponseIsReplayedButAnAuthorisationFailureIsNotKept() {
        String key = UUID.randomUUID().toString();
        Map<String, String> invalid = Map.of("code", "lower case is invalid", "name", "X");
        register(REGION_COORDINATOR, key, invalid).then().statusCode(400);
        register(REGION_COORDINATOR, key, invalid)
                .then()
                .statusCode(400)
                .header("Idempotent-Replayed", "true")
                .contentType("application/problem+json");

        String refusedKey = UUID.randomUUID().toString();
        register(TestTokens.withRoles("idem-resident", "resident"), refusedKey, invalid)
                .then()
                .statusCode(403);
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM idempotency_key WHERE key = ?", refusedKey))
                .isZero();
    }

    @Test
    void aMalformedKeyIs400AndAnOperationMarkedNoneKeepsNoRecord() {
        register(REGION_COORDINATOR, "x".repeat(256), Map.of("code", "ID-LONG", "name", "X"))
                .then()
                .statusCode(400)
                .body("detail", containsString("Idempotency-Key must be"));

        String key = UUID.randomUUID().toString();
        given().auth()
                .oauth2(REGION_COORDINATOR)
                .header("Idempotency-Key", key)
                .post("/api/test-regions/count")
                .then()
                .statusCode(200);
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM idempotency_key WHERE key = ?", key))
                .isZero();
    }
}
