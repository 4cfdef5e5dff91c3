package nl.opleidingsklimaat.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged services start as separate processes, each ready with its database and the broker, and all accept the same token. */
@ExtendWith(RunningPlatform.class)
class PlatformStartsTest {

    @Test
    void everyPackagedServiceIsReadyAndReadsTheSameToken() {
        String token = TestTokens.coordinator("OOR-E2E");
        for (Service service : Service.values()) {
            given().baseUri(RunningPlatform.url(service))
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
            given().baseUri(RunningPlatform.url(service))
                    .auth()
                    .oauth2(token)
                    .get("/api/me")
                    .then()
                    .statusCode(200)
                    .body("roles", hasItem("region-coordinator"))
                    .body("region", equalTo("OOR-E2E"));
        }
    }
}
