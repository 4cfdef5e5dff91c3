package nl.opleidingsklimaat.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation is documented so a coordinator can run a campaign from Swagger UI. */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasATagSummaryDescriptionAndItsErrorResponses() {
        JsonPath spec = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = spec.getMap("paths");
        assertThat(paths)
                .containsKeys(
                        "/api/instruments",
                        "/api/campaigns",
                        "/api/campaigns/{id}/open",
                        "/api/campaigns/{id}/close",
                        "/api/campaigns/{id}/invitations",
                        "/api/answers/{token}",
                        "/api/campaigns/{id}/reports/{programmeCode}",
                        "/api/campaigns/{id}/reports/{programmeCode}/export",
                        "/api/campaigns/{id}/response-rates");
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!path.startsWith("/api/") || path.equals("/api/me") || !(value instanceof Map<?, ?> operation)) {
                return;
            }
            assertThat(operation.get("tags")).as(method + " " + path + " tags").isNotNull();
            assertThat(operation.get("summary"))
                    .as(method + " " + path + " summary")
                    .isNotNull();
            assertThat(operation.get("description"))
                    .as(method + " " + path + " description")
                    .isNotNull();
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses.keySet())
                    .as(method + " " + path + " error responses")
                    .anyMatch(status -> status.startsWith("4"));
        }));
        assertThat(spec.getMap("paths.'/api/campaigns'.post.requestBody.content.'application/json'.examples"))
                .isNotEmpty();
    }
}
