package nl.opleidingsklimaat.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Open answers that identify someone: the COC reviews them before the programme side reads them. */
@QuarkusTest
class OpenAnswerReviewTest {
    private static final String PHONE = "Bel Jan de Vries op 06-12345678, hij weet wat er speelt.";
    private static final String EMAIL = "Mail maar naar j.devries@ziekenhuis.nl";
    private static final String NAMED = "Dokter Pietersen neemt echt de tijd.";
    private static final String FORMULA = "=HYPERLINK(\"http://example.org/x\",\"klik\")";
    private static final String PLAIN = "Fijne sfeer in de groep.";

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Reported(String region, String institution, String programme, String campaign) {}

    private Reported reported() {
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> emails = Fixtures.inviteResidents(campaign, region, programme, 5);
        Fixtures.open(campaign, region);
        List<String> texts = List.of(PHONE, EMAIL, NAMED, FORMULA, PLAIN);
        for (int i = 0; i < 5; i++) {
            Fixtures.answer(
                    Fixtures.tokenFor(mailbox, emails.get(i)),
                    Fixtures.withText(Fixtures.monitorAnswers(4), "OPEN-VERBETER", texts.get(i)));
        }
        Fixtures.close(campaign, region);
        return new Reported(region, institution, programme, campaign);
    }

    private JsonPath openAnswers(String token, Reported r) {
        return given().auth()
                .oauth2(token)
                .get("/api/campaigns/{id}/reports/{p}/open-answers", r.campaign(), r.programme())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private String idOf(JsonPath answers, String text) {
        return answers.getString("items.find { it.text == '%s' }.id".formatted(text.replace("'", "\\'")));
    }

    @Test
    void anAnswerWithANameAndPhoneNumberReachesTheDirectorOnlyRedactedAfterTheCocReview() {
        Reported r = reported();
        String director = TestTokens.director(r.programme());
        given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/reports/{p}/open-answers", r.campaign(), r.programme())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Awaiting COC review"));
        given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/reports/{p}", r.campaign(), r.programme())
                .then()
                .statusCode(200)
                .body("openAnswersReview", equalTo("AWAITING_COC_REVIEW"));
        String csvBefore = given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/reports/{p}/export", r.campaign(), r.programme())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csvBefore).doesNotContain("06-12345678").doesNotContain(PLAIN);

        JsonPath forCoc = openAnswers(TestTokens.coc(r.institution()), r);
        assertThat(forCoc.getList("items.text", String.class)).contains(PHONE, EMAIL, NAMED, PLAIN);
        assertThat(forCoc.getList("items.find { it.text == '%s' }.flags".formatted(PHONE), String.class))
                .containsExactly("phone-number");
        assertThat(forCoc.getList("items.find { it.text == '%s' }.flags".formatted(EMAIL), String.class))
                .containsExactly("email-address");
        assertThat(forCoc.getList("items.findAll { it.flags }.text", String.class))
                .containsExactlyInAnyOrder(PHONE, EMAIL);

        given().auth()
                .oauth2(TestTokens.coc(r.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "redactions",
                        List.of(
                                Map.of("answerId", idOf(forCoc, PHONE), "remove", true),
                                Map.of("answerId", idOf(forCoc, EMAIL), "remove", true),
                                Map.of(
                                        "answerId",
                                        idOf(forCoc, NAMED),
                                        "replacement",
                                        "Mijn opleider [naam] neemt echt de tijd."))))
                .post("/api/campaigns/{id}/reports/{p}/open-answers/review", r.campaign(), r.programme())
                .then()
                .statusCode(200)
                .body("openAnswers", equalTo(5))
                .body("redacted", equalTo(3))
                .body("status", equalTo("REVIEWED"));

        JsonPath forDirector = openAnswers(director, r);
        List<String> shown = forDirector.getList("items.text", String.class);
        assertThat(shown)
                .contains("[verwijderd door de COC]", "Mijn opleider [naam] neemt echt de tijd.", PLAIN)
                .doesNotContain(PHONE, EMAIL, NAMED);
        assertThat(String.join(" ", shown))
                .doesNotContain("06-12345678")
                .doesNotContain("Pietersen")
                .doesNotContain("devries");
        assertThat(forDirector.getString("items")).doesNotContain("flags").doesNotContain("id=");
        String csv = given().auth()
                .oauth2(director)
                .get("/api/campaigns/{id}/reports/{p}/export", r.campaign(), r.programme())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv)
                .contains("[verwijderd door de COC]")
                .contains(PLAIN)
                .doesNotContain("06-12345678")
                .doesNotContain("Pietersen");
        assertThat(openAnswers(TestTokens.coc(r.institution()), r)
                        .getString("items.find { it.text == '%s' }.shownToProgrammeAs".formatted(PHONE)))
                .isEqualTo("[verwijderd door de COC]");

        String resource = r.campaign() + "/" + r.programme();
        assertThat(Fixtures.strings(
                        db,
                        "SELECT action FROM audit_entry WHERE resource_id = ? AND actor = ? ORDER BY id",
                        resource,
                        "test-coc-" + r.institution()))
                .contains("review-open-answers");
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM audit_entry WHERE action IN ('remove-open-answer', 'redact-open-answer') AND resource_id LIKE ?",
                        resource + "/%"))
                .isEqualTo(3);
    }

    @Test
    void onlyTheCocOfTheInstitutionReviewsAndABadReviewStoresNothing() {
        Reported r = reported();
        String review = "/api/campaigns/{id}/reports/{p}/open-answers/review";
        given().auth()
                .oauth2(TestTokens.director(r.programme()))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(review, r.campaign(), r.programme())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.advisor(r.region()))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(review, r.campaign(), r.programme())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.coc("ANDER-" + r.institution()))
                .contentType(ContentType.JSON)
                .body("{}")
                .post(review, r.campaign(), r.programme())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coc(r.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "redactions",
                        List.of(Map.of("answerId", java.util.UUID.randomUUID().toString(), "remove", true))))
                .post(review, r.campaign(), r.programme())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("redactions[0].answerId"));
        given().auth()
                .oauth2(TestTokens.director(r.programme()))
                .get("/api/campaigns/{id}/reports/{p}/open-answers", r.campaign(), r.programme())
                .then()
                .statusCode(409);
        assertThat(Fixtures.count(
                        db, "SELECT count(*) FROM open_answer_review WHERE campaign_id = ?::uuid", r.campaign()))
                .isZero();
    }

    @Test
    void theCsvExportNeutralisesFormulaCells() {
        Reported r = reported();
        String csv = given().auth()
                .oauth2(TestTokens.coc(r.institution()))
                .get("/api/campaigns/{id}/reports/{p}/export", r.campaign(), r.programme())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains("'=HYPERLINK(");
        assertThat(csv.lines().flatMap(line -> java.util.Arrays.stream(line.split(","))))
                .noneMatch(cell -> cell.startsWith("=")
                        || cell.startsWith("\"=")
                        || cell.startsWith("+")
                        || cell.startsWith("\"+")
                        || cell.startsWith("@")
                        || cell.startsWith("\"@"));
    }
}
