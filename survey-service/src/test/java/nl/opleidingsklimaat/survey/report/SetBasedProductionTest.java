package nl.opleidingsklimaat.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The reports produced at closing, all at once from one campaign-wide snapshot, carry the same figures as a single
 * programme's report read on request: two institutions, released programmes of 4 to 6 respondents with answers that
 * differ per respondent and item (and "niet van toepassing" that pushes an item under the threshold), and withheld
 * programmes of 2 and 3 respondents whose answers must stay out of every comparison.
 */
@QuarkusTest
class SetBasedProductionTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    @Test
    void theReleasedEventsCarryTheFiguresTheProgrammeSideReads() {
        String region = Fixtures.unique("OOR");
        String institutionA = Fixtures.unique("INSTA");
        String institutionB = Fixtures.unique("INSTB");
        Map<String, Integer> respondents = new LinkedHashMap<>();
        respondents.put(register(region, institutionA, "A5"), 5);
        respondents.put(register(region, institutionA, "A4"), 4);
        respondents.put(register(region, institutionA, "A3"), 3);
        respondents.put(register(region, institutionB, "B6"), 6);
        respondents.put(register(region, institutionB, "B2"), 2);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        Map<String, List<String>> residents = new LinkedHashMap<>();
        respondents.forEach((programme, n) ->
                residents.put(programme, Fixtures.inviteResidents(campaign, region, programme, n + 1)));
        Fixtures.open(campaign, region);
        int seed = 0;
        for (Map.Entry<String, Integer> programme : respondents.entrySet()) {
            for (int r = 0; r < programme.getValue(); r++) {
                Fixtures.answer(
                        Fixtures.tokenFor(
                                mailbox, residents.get(programme.getKey()).get(r)),
                        varied(seed++, r < 2));
            }
        }
        Fixtures.close(campaign, region);

        List<String> released = respondents.entrySet().stream()
                .filter(e -> e.getValue() >= 4)
                .map(Map.Entry::getKey)
                .toList();
        List<JsonPath> events = Fixtures.surveyEvents(campaign, "report-released", released.size());
        assertThat(events)
                .extracting(e -> e.getString("subject"))
                .containsExactlyInAnyOrderElementsOf(
                        released.stream().map(p -> "programme/" + p).toList());
        for (String programme : released) {
            JsonPath event = events.stream()
                    .filter(e -> e.getString("subject").equals("programme/" + programme))
                    .findFirst()
                    .orElseThrow();
            JsonPath report = given().auth()
                    .oauth2(TestTokens.director(programme))
                    .get("/api/campaigns/{id}/reports/{p}", campaign, programme)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> readScores = new ArrayList<>();
            for (Map<String, Object> domain : report.<Map<String, Object>>getList("domains")) {
                if (domain.get("mean") != null) {
                    readScores.add(Map.of(
                            "domain",
                            domain.get("domain"),
                            "mean",
                            domain.get("mean"),
                            "respondents",
                            domain.get("respondents"),
                            "lowerIsBetter",
                            domain.get("lowerIsBetter")));
                }
            }
            assertThat(readScores).as("domain scores of %s", programme).isNotEmpty();
            assertThat(event.<Map<String, Object>>getList("data.domainScores"))
                    .as("domain scores of %s", programme)
                    .containsExactlyElementsOf(readScores);
            assertThat(event.getList("data.strengths", String.class))
                    .as("strengths of %s", programme)
                    .isEqualTo(report.getList("strengths", String.class));
            assertThat(event.getList("data.attentionPoints", String.class))
                    .as("attention points of %s", programme)
                    .isEqualTo(report.getList("attentionPoints", String.class));
            assertThat(event.getFloat("data.responseRate")).isEqualTo(report.getFloat("responseRate"));
        }
    }

    private String register(String region, String institution, String prefix) {
        String programme = Fixtures.unique(prefix);
        Fixtures.registerProgramme(db, programme, institution, region);
        return programme;
    }

    /** Every scored item at a value depending on the respondent and the item; BS-05 "niet van toepassing" if asked. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> varied(int respondent, boolean bs05NotApplicable) {
        Map<String, Object> body = Fixtures.monitorAnswers(3);
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) body.get("answers"));
        for (int i = 0; i < answers.size(); i++) {
            String item = (String) answers.get(i).get("item");
            answers.set(
                    i,
                    item.equals("BS-05") && bs05NotApplicable
                            ? Map.of("item", item, "notApplicable", true)
                            : Map.of("item", item, "value", 1 + (respondent * 3 + i * 2 + respondent / 4) % 5));
        }
        body.put("answers", answers);
        return body;
    }
}
