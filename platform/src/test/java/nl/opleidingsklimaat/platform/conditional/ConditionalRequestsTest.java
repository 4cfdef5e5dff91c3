package nl.opleidingsklimaat.platform.conditional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Two people edit the same thing: the second, working from a stale copy, must not overwrite the first. */
@QuarkusTest
class ConditionalRequestsTest {
    private static String newRegion() {
        String code = "ET-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth()
                .oauth2(TestTokens.coordinator(code))
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Original"))
                .post("/api/test-regions")
                .then()
                .statusCode(201);
        return code;
    }

    private static String etag(String code) {
        return given().auth()
                .oauth2(TestTokens.coordinator(code))
                .get("/api/test-regions/{code}", code)
                .then()
                .statusCode(200)
                .header("ETag", not(emptyString()))
                .extract()
                .header("ETag");
    }

    private static io.restassured.response.Response rename(String code, String ifMatch, String name) {
        var request = given().auth().oauth2(TestTokens.coordinator(code)).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(Map.of("name", name)).put("/api/test-regions/{code}", code);
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String code = newRegion();
        String readByBoth = etag(code);

        rename(code, readByBoth, "First editor").then().statusCode(200);
        rename(code, readByBoth, "Second editor")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("title", equalTo("Changed since you read it"));

        given().auth()
                .oauth2(TestTokens.coordinator(code))
                .get("/api/test-regions/{code}", code)
                .then()
                .body("name", equalTo("First editor"));
        rename(code, etag(code), "Second editor, after reading again").then().statusCode(200);
    }

    @Test
    void aChangeThatRequiresIfMatchIs428WithoutItAndWeakTagsNeverMatch() {
        String code = newRegion();

        rename(code, null, "Blind").then().statusCode(428).contentType("application/problem+json");
        rename(code, "W/" + etag(code), "Weak").then().statusCode(412);
        rename(code, "*", "Any version").then().statusCode(200);
    }

    @Test
    void aPollerWithTheCurrentTagGets304WithoutABodyAndANewTagAfterAChange() {
        String code = newRegion();
        String tag = etag(code);

        given().auth()
                .oauth2(TestTokens.coordinator(code))
                .header("If-None-Match", tag)
                .get("/api/test-regions/{code}", code)
                .then()
                .statusCode(304)
                .header("ETag", tag)
                .body(emptyString());
        rename(code, tag, "Changed").then().statusCode(200);
        given().auth()
                .oauth2(TestTokens.coordinator(code))
                .header("If-None-Match", tag)
                .get("/api/test-regions/{code}", code)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(tag)))
                .body("name", equalTo("Changed"));
    }
}
