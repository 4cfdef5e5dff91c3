package nl.opleidingsklimaat.quality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of the API is documented for Swagger UI: tag, summary, description and its error responses. */
@QuarkusTest
class OpenApiDocumentationTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasATagASummaryAndItsErrorResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getKey().equals("/api/me")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                operations++;
                Map<String, Object> op = operation.getValue();
                Map<String, Object> responses = (Map<String, Object>) op.getOrDefault("responses", Map.of());
                boolean documented = op.get("summary") != null
                        && op.get("description") != null
                        && op.get("tags") != null
                        && responses.containsKey("401")
                        && responses.keySet().stream().anyMatch(code -> code.startsWith("2"));
                if (!documented) {
                    undocumented.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThan(35);
        assertThat(undocumented).isEmpty();
    }
}
