package nl.opleidingsklimaat.survey.campaign;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Year on year: this year's campaign made from last year's. Same region, threshold and instrument (or a later version
 * of it), the window and reminders a year later, an empty roster imported anew; nothing of last year's invitations,
 * links or answers.
 */
@QuarkusTest
class SuccessorCampaignTest {
    /** Last year's opening day: a year before a date shortly after today. */
    private static final LocalDate LAST_OPENED = LocalDate.now().plusDays(5).minusYears(1);

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    /** Last year's campaign, closed by hand (so its window is today), with two residents of one programme. */
    private record LastYear(String region, String programme, String campaign) {}

    private LastYear closedCampaign(String version) {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, Fixtures.unique("INST"), region);
        String campaign = given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Opleidingsmonitor " + region + " " + LAST_OPENED.getYear(),
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        version,
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString(),
                        "threshold",
                        5,
                        "reminderDates",
                        List.of(Fixtures.FAR_OPENS.plusDays(10).toString())))
                .post("/api/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> emails = Fixtures.inviteResidents(campaign, region, programme, 2);
        Fixtures.open(campaign, region);
        Map<String, Object> answers = Fixtures.monitorAnswers(4);
        if (version.equals("2026.2")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) answers.get("answers"));
            items.add(Map.of("item", "OO-05", "value", 4));
            answers.put("answers", items);
        }
        Fixtures.answer(Fixtures.tokenFor(mailbox, emails.get(0)), answers);
        Fixtures.close(campaign, region);
        // a year passes: last year's campaign ran from LAST_OPENED for 30 days, with a reminder after 10
        TestSql.update(
                db,
                "UPDATE campaign SET opens_on = ?, closes_on = ? WHERE id = ?::uuid",
                LAST_OPENED,
                LAST_OPENED.plusDays(29),
                campaign);
        TestSql.update(
                db,
                "UPDATE campaign_reminder SET send_on = ? WHERE campaign_id = ?::uuid",
                LAST_OPENED.plusDays(10),
                campaign);
        return new LastYear(region, programme, campaign);
    }

    private static io.restassured.response.Response succeed(String token, String campaign, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.post("/api/campaigns/{id}/successor", campaign);
    }

    private long campaignsOfRegion(String region) {
        return Fixtures.count(db, "SELECT count(*) FROM campaign WHERE region_code = ?", region);
    }

    @Test
    void theSuccessorTakesLastYearsSettingsAYearLaterWithAnEmptyRoster() {
        LastYear last = closedCampaign("2026.1");
        LocalDate opened = LAST_OPENED;
        LocalDate closed = LAST_OPENED.plusDays(29);

        JsonPath successor = succeed(TestTokens.coordinator(last.region()), last.campaign(), null)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/campaigns/"))
                .body("state", equalTo("DRAFT"))
                .body("previousCampaignId", equalTo(last.campaign()))
                .body("regionCode", equalTo(last.region()))
                .body("instrumentCode", equalTo("opleidingsmonitor"))
                .body("instrumentVersion", equalTo("2026.1"))
                .body("threshold", equalTo(5))
                .body("opensOn", equalTo(opened.plusYears(1).toString()))
                .body("closesOn", equalTo(closed.plusYears(1).toString()))
                .body(
                        "name",
                        equalTo("Opleidingsmonitor " + last.region() + " "
                                + opened.plusYears(1).getYear()))
                .extract()
                .jsonPath();
        String id = successor.getString("id");
        // the reminder kept its distance from the opening day
        assertThat(successor.getList("reminderDates", String.class))
                .containsExactly(opened.plusYears(1).plusDays(10).toString());
        // the roster is not copied: no invitation and no link of last year comes along
        assertThat(Fixtures.count(db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid", id))
                .isZero();
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM invitation_token t JOIN invitation i ON i.id = t.invitation_id"
                                + " WHERE i.campaign_id = ?::uuid",
                        id))
                .isZero();
        assertThat(Fixtures.responses(db, id)).isZero();
        // it is imported as for any new campaign, checked against the organisation registry
        Fixtures.inviteResidents(id, last.region(), last.programme(), 3);
        assertThat(Fixtures.count(db, "SELECT count(*) FROM invitation WHERE campaign_id = ?::uuid", id))
                .isEqualTo(3);
        given().auth()
                .oauth2(TestTokens.coordinator(last.region()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "invitations",
                        List.of(Map.of("email", "nieuw@example.org", "programmeCode", Fixtures.unique("ONBEKEND")))))
                .post("/api/campaigns/{id}/invitations", id)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(TestTokens.coordinator(last.region()))
                .get("/api/campaigns/{id}", id)
                .then()
                .statusCode(200)
                .body("previousCampaignId", equalTo(last.campaign()));
    }

    @Test
    void theSuccessorMayTakeALaterVersionAndItsOwnDates() {
        LastYear last = closedCampaign("2026.1");
        LocalDate opens = Fixtures.FAR_OPENS.plusYears(1);
        succeed(
                        TestTokens.coordinator(last.region()),
                        last.campaign(),
                        Map.of(
                                "name", "Monitor volgend jaar",
                                "instrumentVersion", "2026.2",
                                "opensOn", opens.toString(),
                                "closesOn", opens.plusDays(27).toString(),
                                "reminderDates", List.of(opens.plusDays(14).toString())))
                .then()
                .statusCode(201)
                .body("instrumentVersion", equalTo("2026.2"))
                .body("name", equalTo("Monitor volgend jaar"))
                .body("opensOn", equalTo(opens.toString()))
                .body("closesOn", equalTo(opens.plusDays(27).toString()))
                .body(
                        "reminderDates",
                        org.hamcrest.Matchers.contains(opens.plusDays(14).toString()));
    }

    @Test
    void anOlderVersionIsRefusedAndNothingIsStored() {
        LastYear last = closedCampaign("2026.2");
        long before = campaignsOfRegion(last.region());
        succeed(TestTokens.coordinator(last.region()), last.campaign(), Map.of("instrumentVersion", "2026.1"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("instrumentVersion"));
        succeed(TestTokens.coordinator(last.region()), last.campaign(), Map.of("instrumentVersion", "9.9"))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("instrumentVersion"));
        succeed(TestTokens.coordinator(last.region()), last.campaign(), Map.of("opensOn", "2040-06-01"))
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("closesOn"));
        succeed(TestTokens.coordinator(last.region()), last.campaign(), Map.of("threshold", 3))
                .then()
                .statusCode(400);
        assertThat(campaignsOfRegion(last.region())).isEqualTo(before);
    }

    @Test
    void aCampaignStillRunningOrAlreadySucceededGetsNoSuccessor() {
        String region = Fixtures.knownRegion(db);
        String draft = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        succeed(TestTokens.coordinator(region), draft, null)
                .then()
                .statusCode(409)
                .body("detail", containsString("DRAFT"));
        Fixtures.open(draft, region);
        succeed(TestTokens.coordinator(region), draft, null)
                .then()
                .statusCode(409)
                .body("detail", containsString("OPEN"));
        assertThat(campaignsOfRegion(region)).isEqualTo(1);

        LastYear last = closedCampaign("2026.1");
        String first = succeed(TestTokens.coordinator(last.region()), last.campaign(), null)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        succeed(TestTokens.coordinator(last.region()), last.campaign(), null)
                .then()
                .statusCode(409)
                .body("detail", containsString(first));
        assertThat(campaignsOfRegion(last.region())).isEqualTo(2);
    }

    @Test
    void onlyTheRegionsCoordinatorMakesASuccessor() {
        LastYear last = closedCampaign("2026.1");
        succeed(TestTokens.coordinator(Fixtures.unique("OOR")), last.campaign(), null)
                .then()
                .statusCode(404);
        succeed(TestTokens.coordinator(last.region()), UUID.randomUUID().toString(), null)
                .then()
                .statusCode(404);
        succeed(TestTokens.advisor(last.region()), last.campaign(), null).then().statusCode(403);
        succeed(TestTokens.director(last.programme()), last.campaign(), null)
                .then()
                .statusCode(403);
        assertThat(campaignsOfRegion(last.region())).isEqualTo(1);
        succeed(TestTokens.systemOfRegion(last.region()), last.campaign(), null)
                .then()
                .statusCode(201);
    }
}
