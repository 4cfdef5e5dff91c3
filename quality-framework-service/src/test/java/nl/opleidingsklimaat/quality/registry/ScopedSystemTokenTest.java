package nl.opleidingsklimaat.quality.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** A hospital system's machine token that carries an institution claim sees that institution only, in lists too. */
@QuarkusTest
class ScopedSystemTokenTest {

    @Test
    void aSystemTokenScopedToAnInstitutionListsOnlyItsProgrammes() {
        Fixtures.Organisation own = Fixtures.organisation();
        Fixtures.Organisation other = Fixtures.organisation();
        String hospitalSystem = TestTokens.systemOfInstitution(own.institution());

        given().auth().oauth2(hospitalSystem).queryParam("size", 200).get("/api/programmes").then().statusCode(200)
                .body("items.code", hasItem(own.programme())).body("items.code", not(hasItem(other.programme())));
        given().auth().oauth2(hospitalSystem).get("/api/programmes/" + other.programme()).then().statusCode(404);
        given().auth().oauth2(TestTokens.system()).get("/api/programmes/" + other.programme()).then().statusCode(200)
                .body("code", equalTo(other.programme()));
    }
}
