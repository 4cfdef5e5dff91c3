package nl.opleidingsklimaat.survey.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.survey.invitation.PersonalLinks;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignTest {
    /** Campaign dates are days in survey.zone (Europe/Amsterdam), not in the test machine's zone (UTC). */
    private static final ZoneId CAMPAIGN_ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    @Inject
    CampaignScheduler scheduler;

    @Test
    void aCampaignRunsFromDraftToReportedAndPublishesItsEvents() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, Fixtures.unique("INST"), region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns/{id}", campaign)
                .then()
                .statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("threshold", equalTo(4));
        List<String> emails = Fixtures.inviteResidents(campaign, region, programme, 4);
        assertThat(mailbox.getMailsSentTo(emails.get(0)))
                .as("no mail before opening")
                .isNullOrEmpty();

        Fixtures.open(campaign, region);
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns/{id}", campaign)
                .then()
                .body("state", equalTo("OPEN"));
        for (String email : emails) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, email), Fixtures.monitorAnswers(4));
        }
        Fixtures.close(campaign, region);
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns/{id}", campaign)
                .then()
                .body("state", equalTo("REPORTED"));

        JsonPath opened = Fixtures.surveyEvents(campaign, "campaign-opened", 1).get(0);
        assertThat(opened.getString("subject")).isEqualTo("campaign/" + campaign);
        assertThat(opened.getString("data.instrumentCode")).isEqualTo("opleidingsmonitor");
        assertThat(opened.getString("data.regionCode")).isEqualTo(region);
        assertThat(opened.getInt("data.threshold")).isEqualTo(4);
        JsonPath closed = Fixtures.surveyEvents(campaign, "campaign-closed", 1).get(0);
        assertThat(closed.getString("data.closesOn"))
                .isEqualTo(LocalDate.now(CAMPAIGN_ZONE).toString());
        JsonPath released =
                Fixtures.surveyEvents(campaign, "report-released", 1).get(0);
        assertThat(released.getString("subject")).isEqualTo("programme/" + programme);
        assertThat(released.getInt("data.invited")).isEqualTo(4);
        assertThat(released.getInt("data.respondents")).isEqualTo(4);
        assertThat(released.getFloat("data.responseRate")).isEqualTo(1.0f);
        assertThat(released.getList("data.domainScores.domain"))
                .containsExactly("begeleiding-en-supervisie", "opleidingsklimaat", "onderwijs-en-organisatie");
        assertThat(released.getList("data.domainScores.mean", Float.class)).containsOnly(4.0f);
        assertThat(released.getList("data.strengths", String.class))
                .anyMatch(s -> s.contains("Begeleiding en supervisie"));
        assertThat(released.getList("data.audiences", String.class))
                .contains("programme-director", "supervisor", "coc", "education-advisor");

        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid AND email IS NOT NULL",
                        campaign))
                .as("e-mail addresses are erased at closing")
                .isZero();
    }

    @Test
    void theThresholdIsFourByDefaultAndNeverBelowFour() {
        String region = Fixtures.knownRegion(db);
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Te laag",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString(),
                        "threshold",
                        3))
                .post("/api/campaigns")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("threshold")));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Standaard",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(201)
                .body("threshold", equalTo(4))
                .body("state", equalTo("DRAFT"));
        assertThat(Fixtures.count(db, "SELECT count(*) FROM campaign WHERE region_code = ?", region))
                .isEqualTo(1);
    }

    @Test
    void aCampaignForARegionTheOrganisationDoesNotKnowIs422AndStoresNothing() {
        String region = Fixtures.unique("GEEN-OOR");
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Nergens",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("regionCode"))
                .body("detail", org.hamcrest.Matchers.containsString(region));
        assertThat(Fixtures.count(db, "SELECT count(*) FROM campaign WHERE region_code = ?", region))
                .isZero();

        String known = Fixtures.knownRegion(db);
        given().auth()
                .oauth2(TestTokens.coordinator(known))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Bekend",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        known,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(201);
    }

    @Test
    void aBadWindowOrUnknownInstrumentIsRejected() {
        String region = Fixtures.unique("OOR");
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Verkeerd",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "9.9",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.minusDays(1).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("instrumentVersion"));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Verkeerd",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.minusDays(1).toString(),
                        "reminderDates",
                        List.of(Fixtures.FAR_OPENS.plusDays(90).toString())))
                .post("/api/campaigns")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("closesOn", "reminderDates[0]"));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"unknown\": 1}")
                .post("/api/campaigns")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(Fixtures.count(db, "SELECT count(*) FROM campaign WHERE region_code = ?", region))
                .isZero();
    }

    @Test
    void aTransitionFromAStaleReadIs412AndChangesNothingWhileAPollerOfTheCurrentOneGets304() {
        String region = Fixtures.knownRegion(db);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        String readWhileDraft = given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns/{id}", campaign)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .header("If-Match", readWhileDraft)
                .post("/api/campaigns/{id}/open", campaign)
                .then()
                .statusCode(200)
                .body("state", equalTo("OPEN"));

        // a second coordinator, still looking at the draft, asks to close it: refused, it stays open
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .header("If-Match", readWhileDraft)
                .post("/api/campaigns/{id}/close", campaign)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        assertState(region, campaign, "OPEN");

        String current = given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns/{id}", campaign)
                .then()
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .header("If-None-Match", current)
                .get("/api/campaigns/{id}", campaign)
                .then()
                .statusCode(304);
    }

    @Test
    void onlyTheRegionsCoordinatorRunsACampaign() {
        String region = Fixtures.knownRegion(db);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        given().auth()
                .oauth2(TestTokens.coordinator("OTHER-REGION"))
                .post("/api/campaigns/{id}/open", campaign)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.advisor(region))
                .post("/api/campaigns/{id}/open", campaign)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.director("X-INT"))
                .get("/api/campaigns/{id}", campaign)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.advisor(region))
                .get("/api/campaigns/{id}", campaign)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.coordinator("OTHER-REGION"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Niet van mij",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .post("/api/campaigns/{id}/close", campaign)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns?state=DRAFT")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(campaign));
        given().auth()
                .oauth2(TestTokens.coordinator("OTHER-REGION"))
                .get("/api/campaigns")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(campaign)));
    }

    @Test
    void invitationImportIsAllOrNothingWithAnErrorPerRow() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, "INST-A", region);
        String elsewhere = Fixtures.unique("P");
        Fixtures.registerProgramme(db, elsewhere, "INST-B", Fixtures.unique("OOR"));
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);

        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "invitations",
                        List.of(
                                Map.of("email", "goed@example.org", "programmeCode", programme),
                                Map.of("email", "geen-adres", "programmeCode", programme),
                                Map.of("email", "twee@example.org", "programmeCode", "ONBEKEND"),
                                Map.of("email", "GOED@example.org", "programmeCode", programme),
                                Map.of("email", "ander@example.org", "programmeCode", elsewhere))))
                .post("/api/campaigns/{id}/invitations", campaign)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems(
                                "invitations[1].email",
                                "invitations[2].programmeCode",
                                "invitations[3].email",
                                "invitations[4].programmeCode"))
                .body("detail", org.hamcrest.Matchers.containsString("nothing was imported"));
        assertThat(Fixtures.count(db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid", campaign))
                .isZero();

        Fixtures.invite(campaign, region, List.of(Map.of("email", "goed@example.org", "programmeCode", programme)));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of("invitations", List.of(Map.of("email", "Goed@Example.org", "programmeCode", programme))))
                .post("/api/campaigns/{id}/invitations", campaign)
                .then()
                .statusCode(422)
                .body("violations[0].message", equalTo("already invited to this campaign"));
        assertThat(Fixtures.count(db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid", campaign))
                .isEqualTo(1);
    }

    @Test
    void invitationsImportFromCsvWithLineNumbersInTheErrors() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, "INST-C", region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);

        String bad = "email,programmeCode,reference\nA@example.org," + programme + ",hr-1\nkapot," + programme + ",\n";
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType("text/csv")
                .body(bad)
                .post("/api/campaigns/{id}/invitations", campaign)
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("line[3].email"));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType("text/csv")
                .body("mail,programma\nx@example.org,P\n")
                .post("/api/campaigns/{id}/invitations", campaign)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(Fixtures.count(db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid", campaign))
                .isZero();

        String good = "email,programmeCode,reference\nA@example.org," + programme + ",hr-1\nb@example.org," + programme
                + ",\n";
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType("text/csv")
                .body(good)
                .post("/api/campaigns/{id}/invitations", campaign)
                .then()
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("invitedInCampaign", equalTo(2));
        assertThat(Fixtures.strings(
                        db, "SELECT email FROM invitation WHERE campaign_id = ?::uuid ORDER BY email", campaign))
                .containsExactly("a@example.org", "b@example.org");
    }

    @Test
    void aSpreadsheetCsvImportedIntoAnOpenCampaignByTheAdvisorIsMailedAtOnce() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, "INST-F", region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        Fixtures.open(campaign, region);
        String email = Fixtures.unique("laat").toLowerCase() + "@example.org";
        String csv = "\uFEFFemail;programmeCode;reference\n" + email + ";" + programme + ";hr-7\n";
        given().auth()
                .oauth2(TestTokens.advisor(region))
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/api/campaigns/{id}/invitations", campaign)
                .then()
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("mailed", equalTo(1));
        given().get("/api/answers/{token}", Fixtures.tokenFor(mailbox, email))
                .then()
                .statusCode(200);
    }

    @Test
    void unknownFilterValuesAreA400Problem() {
        String region = Fixtures.knownRegion(db);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns?state=HALFOPEN")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("state"));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns/{id}/response-rates?level=WIJK", campaign)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("level"));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns?size=100000")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void personalLinksCarryAtLeast128RandomBitsAndOnlyTheirHashIsStored() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, "INST-D", region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> emails = Fixtures.inviteResidents(campaign, region, programme, 2);
        Fixtures.open(campaign, region);

        String token = Fixtures.tokenFor(mailbox, emails.get(0));
        assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(token).isNotEqualTo(Fixtures.tokenFor(mailbox, emails.get(1)));
        assertThat(Fixtures.count(db, "SELECT count(*) FROM invitation_token WHERE token_hash = ?", token))
                .isZero();
        assertThat(Fixtures.count(
                        db, "SELECT count(*) FROM invitation_token WHERE token_hash = ?", PersonalLinks.hash(token)))
                .isEqualTo(1);
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM information_schema.columns c
                WHERE c.table_schema = current_schema() AND c.table_name IN ('invitation', 'invitation_token') AND c.column_name LIKE '%token%'
                  AND c.column_name <> 'token_hash'"""))
                .as("no column holds the token itself")
                .isZero();
    }

    @Test
    void theSchedulerOpensClosesRemindsAndReportsOnTime() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, "INST-E", region);
        LocalDate opens = LocalDate.now().plusYears(3);
        String campaign = given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Gepland",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        region,
                        "opensOn",
                        opens.toString(),
                        "closesOn",
                        opens.plusDays(29).toString(),
                        "reminderDates",
                        List.of(opens.plusDays(10).toString())))
                .post("/api/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> emails = Fixtures.inviteResidents(campaign, region, programme, 2);

        scheduler.runDue(opens.minusDays(1));
        assertState(region, campaign, "DRAFT");
        scheduler.runDue(opens);
        assertState(region, campaign, "OPEN");
        Fixtures.answer(Fixtures.tokenFor(mailbox, emails.get(0)), Fixtures.monitorAnswers(3));
        String firstLink = Fixtures.tokenFor(mailbox, emails.get(1));

        scheduler.runDue(opens.plusDays(10));
        assertThat(mailbox.getMailsSentTo(emails.get(0)))
                .as("who answered gets no reminder")
                .hasSize(1);
        assertThat(mailbox.getMailsSentTo(emails.get(1))).hasSize(2);
        assertThat(mailbox.getMailsSentTo(emails.get(1)).get(1).getSubject()).startsWith("Herinnering");
        scheduler.runDue(opens.plusDays(11));
        assertThat(mailbox.getMailsSentTo(emails.get(1)))
                .as("a reminder goes out once")
                .hasSize(2);
        given().get("/api/answers/{token}", firstLink).then().statusCode(200);
        given().get("/api/answers/{token}", Fixtures.tokenFor(mailbox, emails.get(1)))
                .then()
                .statusCode(200);

        scheduler.runDue(opens.plusDays(29));
        assertState(region, campaign, "OPEN");
        scheduler.runDue(opens.plusDays(30));
        assertState(region, campaign, "REPORTED");
        Fixtures.surveyEvents(campaign, "report-withheld", 1);
    }

    @Test
    void theRunningSchedulerOpensACampaignOnItsOpeningDay() {
        String region = Fixtures.knownRegion(db);
        String campaign = given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Vandaag",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        "2026.1",
                        "regionCode",
                        region,
                        "opensOn",
                        LocalDate.now(CAMPAIGN_ZONE).toString(),
                        "closesOn",
                        LocalDate.now(CAMPAIGN_ZONE).plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertState(region, campaign, "OPEN"));
        Fixtures.surveyEvents(campaign, "campaign-opened", 1);
    }

    private static void assertState(String region, String campaign, String state) {
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .get("/api/campaigns/{id}", campaign)
                .then()
                .statusCode(200)
                .body("state", equalTo(state));
    }
}
