package nl.opleidingsklimaat.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Reversed items (lower is better) read the same everywhere: the item table, the attention point a plan action is
 * seeded from, the event, and the domain of only reversed items ("Gedachten aan stoppen").
 */
@QuarkusTest
class ReversedItemsTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Reported(String campaign, String programme, JsonPath report) {}

    private Reported reported(String instrument, List<Map<String, Object>> answers) {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, Fixtures.unique("INST"), region);
        String campaign = Fixtures.createCampaign(region, instrument, 4);
        List<String> residents = Fixtures.inviteResidents(campaign, region, programme, answers.size());
        Fixtures.open(campaign, region);
        for (int i = 0; i < answers.size(); i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, residents.get(i)), answers.get(i));
        }
        Fixtures.close(campaign, region);
        JsonPath report = given().auth()
                .oauth2(TestTokens.director(programme))
                .get("/api/campaigns/{id}/reports/{p}", campaign, programme)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new Reported(campaign, programme, report);
    }

    @Test
    void unwantedBehaviourReadsAsAnsweredInTheTableTheAttentionPointAndTheEvent() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(withValue(Fixtures.monitorAnswers(4), "OK-04", i < 3 ? 4 : 3)); // mean 3.60: "vaak" or so
        }
        Reported r = reported("opleidingsmonitor", answers);

        assertThat(r.report().getString("items.find { it.item == 'OK-04' }.mean"))
                .isEqualTo("3.6");
        assertThat(r.report().getBoolean("items.find { it.item == 'OK-04' }.higherIsBetter"))
                .isFalse();
        List<String> attention = r.report().getList("attentionPoints", String.class);
        assertThat(attention)
                .anySatisfy(point -> assertThat(point)
                        .contains("OK-04")
                        .contains("gemiddeld 3.60 (omgekeerd gescoord: lager is beter)"))
                .noneMatch(point -> point.contains("2.40"));
        assertThat(r.report().getString("scoring")).contains("omgekeerd gescoord item");

        JsonPath event =
                Fixtures.surveyEvents(r.campaign(), "report-released", 1).get(0);
        assertThat(event.getList("data.attentionPoints", String.class)).isEqualTo(attention);
    }

    @Test
    void aDomainOfOnlyReversedItemsIsGivenOnItsAnswerScale() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(thermometer(3, i < 2 ? 5 : 4)); // thinking of quitting: mean 4.5, "vaak" to "(bijna) altijd"
        }
        Reported r = reported("thermometer-welzijn", answers);

        assertThat(r.report().getString("domains.find { it.domain == 'stoppen' }.mean"))
                .isEqualTo("4.5");
        assertThat(r.report().getBoolean("domains.find { it.domain == 'stoppen' }.lowerIsBetter"))
                .isTrue();
        assertThat(r.report().getBoolean("domains.find { it.domain == 'werkdruk' }.lowerIsBetter"))
                .isFalse();
        assertThat(r.report().getList("attentionPoints", String.class))
                .anySatisfy(point -> assertThat(point)
                        .contains("Gedachten aan stoppen")
                        .contains("4.50 (omgekeerd gescoord: lager is beter)"));
        JsonPath event =
                Fixtures.surveyEvents(r.campaign(), "report-released", 1).get(0);
        assertThat(event.getString("data.domainScores.find { it.domain == 'stoppen' }.mean"))
                .isEqualTo("4.5");
        assertThat(event.getBoolean("data.domainScores.find { it.domain == 'stoppen' }.lowerIsBetter"))
                .isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withValue(Map<String, Object> body, String item, int value) {
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) body.get("answers"));
        answers.replaceAll(a -> a.get("item").equals(item) ? Map.of("item", item, "value", value) : a);
        body.put("answers", answers);
        return body;
    }

    private static Map<String, Object> thermometer(int value, int quitting) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String item : List.of("WB-01", "WB-02", "WB-03", "WB-04", "WB-05", "WB-06")) {
            answers.add(Map.of("item", item, "value", value));
        }
        answers.add(Map.of("item", "WB-07", "value", quitting));
        return Map.of("answers", answers);
    }
}
