package nl.opleidingsklimaat.platform.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import nl.opleidingsklimaat.platform.testapp.TestGuestbookPage;
import org.junit.jupiter.api.Test;

/**
 * What every page carries (the layout, no third-party anything, no Referer, no caching) and the form post that another
 * site makes a visitor's browser send, which must change nothing.
 */
@QuarkusTest
class PageSecurityTest {
    private static RequestSpecification form(String name) {
        return given().contentType(ContentType.URLENC).formParam("name", name);
    }

    @Test
    void aPageIsRenderedInTheLayoutWithAStrictPolicyAndNoReferer() {
        given().get("/test-guestbook")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("<title>Gastenboek</title>"))
                .body(containsString("href=\"/pages/style.css\""));
        given().get("/pages/style.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedAndChangesNothing() {
        String forged = "forged-" + UUID.randomUUID();
        form(forged)
                .header("Sec-Fetch-Site", "cross-site")
                .post("/test-guestbook")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        form(forged)
                .header("Origin", "https://evil.example")
                .post("/test-guestbook")
                .then()
                .statusCode(403);
        form(forged)
                .header("Sec-Fetch-Site", "same-site")
                .post("/test-guestbook")
                .then()
                .statusCode(403);
        assertThat(TestGuestbookPage.ENTRIES).doesNotContain(forged);
    }

    @Test
    void aFormPostFromTheServicesOwnPageOrFromNoBrowserIsTaken() {
        String own = "own-" + UUID.randomUUID();
        form(own)
                .header("Sec-Fetch-Site", "same-origin")
                .post("/test-guestbook")
                .then()
                .statusCode(200);
        String sameHost = "host-" + UUID.randomUUID();
        form(sameHost)
                .header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .post("/test-guestbook")
                .then()
                .statusCode(200);
        String script = "script-" + UUID.randomUUID();
        form(script).post("/test-guestbook").then().statusCode(200);
        assertThat(TestGuestbookPage.ENTRIES).contains(own, sameHost, script);
    }
}
