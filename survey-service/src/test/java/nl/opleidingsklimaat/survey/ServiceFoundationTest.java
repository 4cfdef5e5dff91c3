package nl.opleidingsklimaat.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** What every service of the platform must do from its first day: run on its own database and the broker, and guard its API. */
@QuarkusTest
class ServiceFoundationTest {

    @Test
    void isReadyWithItsDatabaseAndTheBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka broker", "Database connections health check"));
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemJson() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void aTokenShowsItsRolesAndScope() {
        given().auth().oauth2(TestTokens.coc("LUMC")).get("/api/me").then().statusCode(200)
                .body("roles", hasItem("coc")).body("institutions", hasItem("LUMC"));
    }

    @Test
    void servesOpenApiWithTheBearerSchemeAndSwaggerUi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Survey service"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200);
    }
}
