package nl.opleidingsklimaat.quality.framework;

import static io.restassured.RestAssured.given;
import static nl.opleidingsklimaat.quality.framework.KwaliteitskaderMatrixTest.shippedFrameworkId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The Kwaliteitskader's own words around the matrix, quoted exactly from bijlage 1 (reference/003). */
@QuarkusTest
class FrameworkOwnWordsTest {
    static final String DISCLAIMER = "De taken en voorbeelden in de tabellen zijn niet uitputtend; ze kunnen"
            + " richtinggevend zijn bij het inrichten van een kwaliteitszorgsysteem voor de opleiding. Een volledig"
            + " overzicht van verantwoordelijkheden vindt u in het CCMS-Kaderbesluit, de landelijke opleidingsplannen"
            + " en de regionale uitwerking van deze landelijke opleidingsplannen. Meer voorbeelden van de invulling van"
            + " taken per actor vindt u op www.knmg.nl/cgs/kwaliteitenerkenning.";
    static final String EXAMPLES_HEADING = "Voorbeelden waaruit dit kan blijken. U kunt:";

    @Test
    void theMatrixCarriesTheDisclaimerAndEveryActorTheHeadingOfTheExamplesColumn() {
        given().auth()
                .oauth2(TestTokens.coc("LUMC"))
                .get("/api/frameworks/{id}/matrix", shippedFrameworkId())
                .then()
                .statusCode(200)
                .body("disclaimer", equalTo(DISCLAIMER))
                .body("actors", hasSize(6))
                .body("actors.examplesHeading", everyItem(equalTo(EXAMPLES_HEADING)))
                .body("actors.find { it.code == 'oor' }.tasksHeading", equalTo("(Mogelijke) taken van de OOR. Zij:"));
    }

    @Test
    void aSliceOfTheMatrixKeepsTheWordsAroundIt() {
        String id = shippedFrameworkId();
        given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/frameworks/{id}/actors/coc", id)
                .then()
                .statusCode(200)
                .body("disclaimer", equalTo(DISCLAIMER))
                .body("actor.tasksHeading", equalTo("Taken van de COC. Zij:"))
                .body("actor.examplesHeading", equalTo(EXAMPLES_HEADING));
        given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/frameworks/{id}/domains/opleidingsklimaat", id)
                .then()
                .statusCode(200)
                .body("disclaimer", equalTo(DISCLAIMER));
        given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/frameworks/{id}", id)
                .then()
                .statusCode(200)
                .body("disclaimer", equalTo(DISCLAIMER));
    }
}
