package nl.opleidingsklimaat.coaching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyFeatureIsDocumentedWithItsErrorsAndExamples() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/tracks/{id}/sessions/{sessionId}/notes"))
                .body("paths", hasKey("/api/intervision-groups/{id}/members"))
                .body("paths", hasKey("/api/coverage/institutions/{code}"))
                .body("paths", hasKey("/api/cost-overviews/institutions/{code}"))
                .body("paths", hasKey("/api/proactive-programmes"))
                .body("paths.'/api/tracks/{id}/reason'.get.responses", hasKey("404"))
                .body("paths.'/api/tracks/{id}/reason'.get.responses.'404'.content", hasKey("application/problem+json"))
                .body("paths.'/api/tracks/{id}/sessions'.post.responses", hasKey("422"))
                .body(
                        "paths.'/api/tracks/{id}/match'.post.requestBody.content.'application/json'.examples",
                        notNullValue())
                .body("paths.'/api/tracks'.post.summary", notNullValue())
                .body("paths.'/api/offer-types'.get.description", notNullValue());
    }
}
