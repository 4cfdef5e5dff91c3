package nl.opleidingsklimaat.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/**
 * What every service of the platform must do: run on its own database and the broker, guard its API with bearer
 * tokens and problem+json, document every operation, serve Swagger UI and metrics. A service's test extends it:
 *
 * <pre>
 * &#64;QuarkusTest
 * class ServiceFoundationTest extends ServiceFoundationContract {
 *     ServiceFoundationTest() { super("Survey service"); }
 * }
 * </pre>
 */
public abstract class ServiceFoundationContract {
    private final String openApiTitle;

    protected ServiceFoundationContract(String openApiTitle) {
        this.openApiTitle = openApiTitle;
    }

    @Test
    void isReadyWithItsDatabaseAndTheBroker() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka broker", "Database connections health check"));
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemJson() {
        given().get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void anExpiredTokenIsRefusedWith401ProblemJson() {
        given().auth()
                .oauth2(TestTokens.expired())
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenShowsItsRolesAndScope() {
        given().auth()
                .oauth2(TestTokens.coc("LUMC"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("coc"))
                .body("institutions", hasItem("LUMC"));
    }

    @Test
    void servesOpenApiWithTheBearerSchemeAndSwaggerUi() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("info.title", equalTo(openApiTitle))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyApiOperationHasSummaryDescriptionTagErrorsAndExamples() {
        String openApi = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(OpenApiDocumentation.gaps(openApi)).isEmpty();
    }

    @Test
    void exposesPrometheusMetricsOfTheOutbox() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("platform_outbox_pending"));
    }
}
