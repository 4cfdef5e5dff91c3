package nl.opleidingsklimaat.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import org.junit.jupiter.api.Test;

/** Issue 13, item 7: a page far beyond any list is a 400 problem, not a 500 from an overflowing offset. */
@QuarkusTest
class PagingTest {
    private static final String BEYOND = "?page=2147483647&size=200";

    @Test
    void everyListRefusesAPageBeyondTheLastPossibleOneWithAProblem() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(10), 10);
        String resident = org.resident("pager-" + org.institution());
        Fixtures.register(resident, eventId, Fixtures.registration(org, "Pagina"));

        refused(org.coc(), "/api/training-events" + BEYOND);
        refused(org.coc(), "/api/training-events/" + eventId + "/registrations" + BEYOND);
        refused(resident, "/api/registrations" + BEYOND);
        refused(resident, "/api/training-events/" + eventId + "/polls" + BEYOND);
        refused(resident, "/api/training-events/" + eventId + "/workshop-rounds" + BEYOND);
        refused(resident, "/api/programme-templates" + BEYOND);
    }

    private static void refused(String token, String path) {
        given().auth()
                .oauth2(token)
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("page")));
    }
}
