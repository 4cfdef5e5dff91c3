package nl.opleidingsklimaat.survey.invitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The roster freezes when the campaign opens, so nobody who runs it can add a respondent to push a programme over 4. */
@QuarkusTest
class RosterFreezeTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Opened(String region, String institution, String programme, String campaign) {}

    /** A programme with 3 invited residents who all answered. */
    private Opened threeAnswered() {
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> emails = Fixtures.inviteResidents(campaign, region, programme, 3);
        Fixtures.open(campaign, region);
        for (String email : emails) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, email), Fixtures.monitorAnswers(2));
        }
        return new Opened(region, institution, programme, campaign);
    }

    private io.restassured.response.ValidatableResponse add(String token, Opened opened, String email) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("invitations", List.of(Map.of("email", email, "programmeCode", opened.programme()))))
                .post("/api/campaigns/{id}/invitations", opened.campaign())
                .then();
    }

    private long invitations(String campaign) {
        return Fixtures.count(db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid", campaign);
    }

    @Test
    void theCoordinatorCannotAddAFourthRespondentOnceTheCampaignIsOpen() {
        Opened opened = threeAnswered();
        String email = Fixtures.unique("vierde").toLowerCase() + "@example.org";
        add(TestTokens.coordinator(opened.region()), opened, email)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("froze when it opened"))
                .body("detail", containsString("education advisor"));
        given().auth()
                .oauth2(TestTokens.coordinator(opened.region()))
                .contentType("text/csv")
                .body("email,programmeCode\n" + email + "," + opened.programme() + "\n")
                .post("/api/campaigns/{id}/invitations", opened.campaign())
                .then()
                .statusCode(409);
        add(TestTokens.systemOfRegion(opened.region()), opened, email).statusCode(409);
        assertThat(invitations(opened.campaign())).isEqualTo(3);
        assertThat(mailbox.getMailsSentTo(email)).isNullOrEmpty();

        Fixtures.close(opened.campaign(), opened.region());
        given().auth()
                .oauth2(TestTokens.director(opened.programme()))
                .get("/api/campaigns/{id}/reports/{p}", opened.campaign(), opened.programme())
                .then()
                .statusCode(403)
                .body("detail", containsString("fewer than 4"));
    }

    @Test
    void theEducationAdvisorAddsALateInvitationThatTheReportShows() {
        Opened opened = threeAnswered();
        String email = Fixtures.unique("laat").toLowerCase() + "@example.org";
        add(TestTokens.advisor(opened.region()), opened, email)
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("mailed", equalTo(1));
        assertThat(Fixtures.count(
                        db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid AND late", opened.campaign()))
                .isEqualTo(1);
        Fixtures.answer(Fixtures.tokenFor(mailbox, email), Fixtures.monitorAnswers(2));
        Fixtures.close(opened.campaign(), opened.region());

        given().auth()
                .oauth2(TestTokens.director(opened.programme()))
                .get("/api/campaigns/{id}/reports/{p}", opened.campaign(), opened.programme())
                .then()
                .statusCode(200)
                .body("respondents", equalTo(4))
                .body("lateInvitations", equalTo(1));
        given().auth()
                .oauth2(TestTokens.coc(opened.institution()))
                .get("/api/campaigns/{id}/reports", opened.campaign())
                .then()
                .statusCode(200)
                .body("items[0].lateInvitations", equalTo(1));
    }

    @Test
    void onlyTheCoordinatorImportsBeforeOpeningAndNobodyHoldingBothRolesAddsLate() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, Fixtures.unique("INST"), region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        Opened opened = new Opened(region, null, programme, campaign);
        add(TestTokens.advisor(region), opened, "vroeg@example.org")
                .statusCode(403)
                .contentType("application/problem+json");
        add(TestTokens.coordinator(region), opened, "vroeg@example.org").statusCode(200);
        Fixtures.open(campaign, region);
        String both = nl.opleidingsklimaat.localstack.DevToken.mint(
                java.util.Set.of("region-coordinator", "education-advisor"),
                List.of(),
                List.of(),
                region,
                "coordinator-and-advisor",
                java.time.Duration.ofMinutes(10));
        add(both, opened, "beide@example.org").statusCode(409);
        add(TestTokens.advisor("ANDERE-REGIO"), opened, "ander@example.org").statusCode(404);
        assertThat(invitations(campaign)).isEqualTo(1);
    }

    @Test
    void everyRosterChangeIsAuditedWithItsCount() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        String other = Fixtures.unique("P");
        String institution = Fixtures.unique("INST");
        Fixtures.registerProgramme(db, programme, institution, region);
        Fixtures.registerProgramme(db, other, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        Fixtures.inviteResidents(campaign, region, programme, 3);
        Fixtures.inviteResidents(campaign, region, other, 2);
        Fixtures.open(campaign, region);
        add(TestTokens.advisor(region), new Opened(region, institution, programme, campaign), "laat@example.org")
                .statusCode(200);

        assertThat(Fixtures.strings(db, """
                SELECT actor || ' ' || action || ' ' || resource_id FROM audit_entry
                WHERE resource_type = 'campaign-roster' AND resource_id LIKE ? ORDER BY id""", campaign + "/%"))
                .containsExactly(
                        "test-coordinator roster-import " + campaign + "/" + programme + "/3",
                        "test-coordinator roster-import " + campaign + "/" + other + "/2",
                        "test-advisor roster-late-addition " + campaign + "/" + programme + "/1");
    }
}
