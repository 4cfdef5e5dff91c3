package nl.opleidingsklimaat.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryATagAndItsErrorResponses() {
        Map<String, Object> paths = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        assertThat(paths)
                .containsKeys(
                        "/api/training-events",
                        "/api/training-events/{id}/programme",
                        "/api/training-events/{eventId}/registrations",
                        "/api/registrations/{id}/certificate",
                        "/api/training-events/{eventId}/attendance-list",
                        "/api/training-events/{eventId}/workshop-allocation",
                        "/api/polls/{id}/answers",
                        "/api/training-events/{eventId}/evaluation");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            assertThat(operation.get("summary")).as(name + " summary").isNotNull();
            assertThat(operation.get("tags")).as(name + " tags").isNotNull();
            if (path.startsWith("/api/") && !path.equals("/api/me")) {
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses).as(name + " documents 401").containsKey("401");
            }
        }));
    }
}
