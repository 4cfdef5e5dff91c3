package nl.opleidingsklimaat.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.opleidingsklimaat.localstack.DevToken;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.survey.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The audiences a report's event carries are exactly the roles this service lets read that report, so a dashboard
 * elsewhere that honours them never shows a caller what survey-service refuses them (issue 13: the coordinator saw
 * thermometer domain scores on quality's dashboard).
 */
@QuarkusTest
class ReportAudiencesTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    @Test
    void theThermometersEventsNameExactlyTheRolesThatReadItsReports() {
        checkAudiences("thermometer-welzijn", ReportAudiencesTest::thermometer);
    }

    @Test
    void theOpleidingsmonitorsEventsNameExactlyTheRolesThatReadItsReports() {
        checkAudiences("opleidingsmonitor", Fixtures::monitorAnswers);
    }

    private void checkAudiences(String instrument, java.util.function.IntFunction<Map<String, Object>> answers) {
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String released = Fixtures.unique("REL");
        String withheld = Fixtures.unique("WH");
        Fixtures.registerProgramme(db, released, institution, region);
        Fixtures.registerProgramme(db, withheld, institution, region);
        String campaign = Fixtures.createCampaign(region, instrument, 4);
        List<String> four = Fixtures.inviteResidents(campaign, region, released, 4);
        List<String> one = Fixtures.inviteResidents(campaign, region, withheld, 2);
        Fixtures.open(campaign, region);
        four.forEach(email -> Fixtures.answer(Fixtures.tokenFor(mailbox, email), answers.apply(4)));
        Fixtures.answer(Fixtures.tokenFor(mailbox, one.get(0)), answers.apply(2));
        Fixtures.close(campaign, region);

        JsonPath releasedEvent =
                Fixtures.surveyEvents(campaign, "report-released", 1).get(0);
        JsonPath withheldEvent =
                Fixtures.surveyEvents(campaign, "report-withheld", 1).get(0);
        assertThat(new TreeSet<>(releasedEvent.getList("data.audiences", String.class)))
                .isEqualTo(readers(campaign, region, institution, released))
                .doesNotContain(Roles.REGION_COORDINATOR);
        assertThat(new TreeSet<>(withheldEvent.getList("data.audiences", String.class)))
                .isEqualTo(readers(campaign, region, institution, withheld))
                .doesNotContain(Roles.REGION_COORDINATOR, Roles.SYSTEM);
        given().auth()
                .oauth2(nl.opleidingsklimaat.testsupport.TestTokens.coordinator(region))
                .get("/api/campaigns/{id}/reports/{p}", campaign, released)
                .then()
                .statusCode(403);
    }

    /** Every role, with a scope that covers the programme, that gets the report's figures from this service. */
    private static Set<String> readers(String campaign, String region, String institution, String programme) {
        Set<String> readers = new TreeSet<>();
        for (String role : Roles.ALL) {
            String token = DevToken.mint(
                    Set.of(role),
                    List.of(programme),
                    List.of(institution),
                    region,
                    "reader-" + role,
                    Duration.ofMinutes(10));
            if (given().auth()
                            .oauth2(token)
                            .get("/api/campaigns/{id}/reports/{p}", campaign, programme)
                            .statusCode()
                    == 200) {
                readers.add(role);
            }
        }
        return readers;
    }

    private static Map<String, Object> thermometer(int value) {
        return Map.of(
                "answers",
                List.of(
                        Map.of("item", "WB-01", "value", value),
                        Map.of("item", "WB-02", "value", value),
                        Map.of("item", "WB-03", "value", value),
                        Map.of("item", "WB-04", "value", value),
                        Map.of("item", "WB-05", "value", value),
                        Map.of("item", "WB-06", "value", value),
                        Map.of("item", "WB-07", "value", value)));
    }
}
