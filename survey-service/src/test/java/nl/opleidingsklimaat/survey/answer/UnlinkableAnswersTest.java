package nl.opleidingsklimaat.survey.answer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.survey.invitation.PersonalLinks;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What someone with a dump of the database (system columns and physical order included) or the logs can learn about
 * who answered what: nothing, while the campaign is open and after it closed.
 */
@QuarkusTest
class UnlinkableAnswersTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Opened(String region, String institution, String programme, String campaign, List<String> emails) {}

    private Opened open(int invited) {
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < invited; i++) {
            String email = "aios" + i + "." + programme.toLowerCase() + "@example.org";
            emails.add(email);
            rows.add(Map.of("email", email, "programmeCode", programme, "reference", "hr-" + i));
        }
        Fixtures.invite(campaign, region, rows);
        Fixtures.open(campaign, region);
        return new Opened(region, institution, programme, campaign, emails);
    }

    private void answer(Opened opened, int resident, String text) {
        Fixtures.answer(
                Fixtures.tokenFor(mailbox, opened.emails().get(resident)),
                Fixtures.withText(Fixtures.monitorAnswers(1 + resident % 5), "OPEN-STERK", text));
    }

    @Test
    void whileACampaignIsOpenNoAnswerCanBeJoinedToItsInvitation() {
        Opened opened = open(5);
        for (int i = 0; i < 4; i++) {
            answer(opened, i, "Geheim antwoord nummer " + i);
        }
        // The attack of issue 13: the same transaction id on the invitation and the answer names the author.
        assertThat(TestSql.rows(db, """
                SELECT i.email, t.text_value FROM invitation i JOIN response_answer t ON t.xmin::text = i.xmin::text
                WHERE i.campaign_id = ?::uuid""", opened.campaign())).isEmpty();
        assertThat(TestSql.rows(db, """
                SELECT i.email FROM invitation i JOIN response r ON r.xmin::text = i.xmin::text WHERE i.campaign_id = ?::uuid""", opened.campaign())).isEmpty();
        // Nor the order of storing: there is no clear answer at all yet.
        assertThat(Fixtures.responses(db, opened.campaign())).isZero();
        assertThat(TestSql.rows(db, """
                SELECT a.text_value FROM response_answer a JOIN response r ON r.id = a.response_id WHERE r.campaign_id = ?::uuid
                ORDER BY a.ctid""", opened.campaign())).isEmpty();
        // The answers wait as ciphertext ballots of one size, with no item code, open text or programme in them.
        assertThat(Fixtures.ballots(db, opened.campaign())).isEqualTo(4);
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(DISTINCT octet_length(sealed)) FROM sealed_ballot WHERE box = ?",
                        "campaign/" + opened.campaign()))
                .isEqualTo(1);
        for (String plaintext : List.of("BS-01", "OPEN-STERK", "Geheim antwoord", opened.programme(), "\"value\"")) {
            assertThat(Fixtures.count(db, """
                    SELECT count(*) FROM sealed_ballot WHERE box = ? AND position(convert_to(?, 'UTF8') IN sealed) > 0""", "campaign/" + opened.campaign(), plaintext))
                    .as("ballots containing %s", plaintext)
                    .isZero();
        }
    }

    @Test
    void afterClosingTheResponsesShareOneTransactionAndAreNotStoredInTheOrderOfAnswering() {
        Opened opened = open(8);
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String text = "Antwoord van respondent " + (i + 1);
            answer(opened, i, text);
            submitted.add(text);
        }
        Fixtures.close(opened.campaign(), opened.region());

        assertThat(Fixtures.count(
                        db,
                        "SELECT count(DISTINCT xmin::text) FROM response WHERE campaign_id = ?::uuid",
                        opened.campaign()))
                .isEqualTo(1);
        assertThat(Fixtures.count(db, """
                SELECT count(DISTINCT a.xmin::text) FROM response_answer a JOIN response r ON r.id = a.response_id
                WHERE r.campaign_id = ?::uuid""", opened.campaign())).isEqualTo(1);
        // 8 answers can be stored in 8! = 40320 orders; shuffled, the submit order comes back once in 40320 runs.
        List<String> byResponseRow = column("""
                SELECT a.text_value FROM response r JOIN response_answer a ON a.response_id = r.id JOIN instrument_item it ON it.id = a.item_id
                WHERE r.campaign_id = ?::uuid AND it.code = 'OPEN-STERK' ORDER BY r.ctid""", opened.campaign());
        List<String> byAnswerRow = column("""
                SELECT a.text_value FROM response r JOIN response_answer a ON a.response_id = r.id JOIN instrument_item it ON it.id = a.item_id
                WHERE r.campaign_id = ?::uuid AND it.code = 'OPEN-STERK' ORDER BY a.ctid""", opened.campaign());
        assertThat(byResponseRow).containsExactlyInAnyOrderElementsOf(submitted).isNotEqualTo(submitted);
        assertThat(byAnswerRow).containsExactlyInAnyOrderElementsOf(submitted).isNotEqualTo(submitted);
        assertThat(Fixtures.ballots(db, opened.campaign()))
                .as("every ballot opened")
                .isZero();
    }

    @Test
    void afterClosingNothingOfTheInvitationsRecordsWhoTookPartAndTheRatesStillAnswer() {
        Opened opened = open(6);
        for (int i = 0; i < 4; i++) {
            answer(opened, i, "Antwoord " + i);
        }
        given().auth()
                .oauth2(TestTokens.coordinator(opened.region()))
                .get("/api/campaigns/{id}/response-rates", opened.campaign())
                .then()
                .statusCode(200)
                .body("items[0].invited", equalTo(6))
                .body("items[0].answered", equalTo(4));
        Fixtures.close(opened.campaign(), opened.region());

        assertThat(TestSql.rows(db, """
                SELECT DISTINCT email, reference, used FROM invitation WHERE campaign_id = ?::uuid""", opened.campaign())).containsExactly(java.util.Arrays.asList(null, null, "f"));
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM invitation_token t JOIN invitation i ON i.id = t.invitation_id WHERE i.campaign_id = ?::uuid""", opened.campaign()))
                .as("the links are forgotten")
                .isZero();
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(DISTINCT xmin::text) FROM invitation WHERE campaign_id = ?::uuid",
                        opened.campaign()))
                .isEqualTo(1);
        assertThat(TestSql.rows(db, """
                SELECT DISTINCT i.email FROM invitation i JOIN response_answer t ON t.xmin::text = i.xmin::text WHERE i.campaign_id = ?::uuid""", opened.campaign()))
                .as("the join of issue 13 names nobody")
                .containsOnly(java.util.Collections.singletonList(null));

        given().auth()
                .oauth2(TestTokens.coordinator(opened.region()))
                .get("/api/campaigns/{id}/response-rates", opened.campaign())
                .then()
                .statusCode(200)
                .body("items[0].code", equalTo(opened.programme()))
                .body("items[0].invited", equalTo(6))
                .body("items[0].answered", equalTo(4));
        given().auth()
                .oauth2(TestTokens.coc(opened.institution()))
                .get("/api/campaigns/{id}/response-rates?level=INSTITUTION", opened.campaign())
                .then()
                .statusCode(200)
                .body("items[0].invited", equalTo(6))
                .body("items[0].answered", equalTo(4));
        given().auth()
                .oauth2(TestTokens.advisor(opened.region()))
                .get("/api/campaigns/{id}/response-rates?level=REGION", opened.campaign())
                .then()
                .statusCode(200)
                .body("items[0].invited", equalTo(6))
                .body("items[0].answered", equalTo(4));
        given().auth()
                .oauth2(TestTokens.director(opened.programme()))
                .get("/api/campaigns/{id}/response-rates", opened.campaign())
                .then()
                .statusCode(200)
                .body("items[0].answered", equalTo(4))
                .body("items[0].belowThreshold", equalTo(false));
    }

    @Test
    void anAnswerThatGotItsTwoHundredIsCountedInTheReport() {
        Opened opened = open(4);
        for (int i = 0; i < 4; i++) {
            answer(opened, i, "Telt mee " + i);
        }
        Fixtures.close(opened.campaign(), opened.region());
        given().auth()
                .oauth2(TestTokens.coc(opened.institution()))
                .get("/api/campaigns/{id}/reports/{p}", opened.campaign(), opened.programme())
                .then()
                .statusCode(200)
                .body("respondents", equalTo(4))
                .body("status", equalTo("RELEASED"))
                .body("openAnswers", equalTo(4));
    }

    @Test
    void noLogLineOfAnsweringCarriesThePersonalLink() {
        Opened opened = open(2);
        String token = Fixtures.tokenFor(mailbox, opened.emails().get(0));
        try (LogCapture log = LogCapture.start()) {
            given().get("/api/answers/{token}", token).then().statusCode(200);
            given().contentType(ContentType.JSON)
                    .body(Map.of("answers", List.of(Map.of("item", "BS-01", "value", 9))))
                    .post("/api/answers/{token}", token)
                    .then()
                    .statusCode(400);
            given().contentType(ContentType.JSON)
                    .body("{\"answers\": 5}")
                    .post("/api/answers/{token}", token)
                    .then()
                    .statusCode(400);
            Fixtures.answer(token, Fixtures.monitorAnswers(4));
            given().contentType(ContentType.JSON)
                    .body(Fixtures.monitorAnswers(4))
                    .post("/api/answers/{token}", token)
                    .then()
                    .statusCode(409);
            given().contentType(ContentType.JSON)
                    .body(Fixtures.monitorAnswers(4))
                    .post("/api/answers/{token}", token + "x")
                    .then()
                    .statusCode(404);
            // A late invitation is mailed, and the mock mailbox logs its mail: proof that this capture sees the log.
            Fixtures.inviteLate(opened.campaign(), opened.region(), opened.programme());
            assertThat(log.lines()).anyMatch(line -> line.contains("Sending email"));
            assertThat(log.lines())
                    .noneMatch(line -> line.contains(token)
                            || line.contains(PersonalLinks.hash(token))
                            || line.contains(token.substring(0, 16)));
        }
    }

    private List<String> column(String sql, Object... params) {
        return TestSql.rows(db, sql, params).stream().map(row -> row.get(0)).toList();
    }
}
