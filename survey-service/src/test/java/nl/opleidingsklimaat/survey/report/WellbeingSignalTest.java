package nl.opleidingsklimaat.survey.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WellbeingSignalTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    @Test
    void aHighShareOfExhaustedResidentsRaisesASignalOnlyAtOrAboveTheThreshold() {
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String four = Fixtures.unique("W4");
        String three = Fixtures.unique("W3");
        Fixtures.registerProgramme(db, four, institution, region);
        Fixtures.registerProgramme(db, three, institution, region);
        String campaign = Fixtures.createCampaign(region, "thermometer-welzijn", 4);
        List<String> residentsOfFour = Fixtures.inviteResidents(campaign, region, four, 4);
        List<String> residentsOfThree = Fixtures.inviteResidents(campaign, region, three, 3);
        Fixtures.open(campaign, region);
        // Two of four (0.5) feel exhausted often or always: at or above the rule's 0.30. Nobody thinks of quitting
        // often.
        for (int i = 0; i < 4; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, residentsOfFour.get(i)), thermometer(i < 2 ? 5 : 2, 1));
        }
        // All three are exhausted, but three is below the threshold: no signal, no figures.
        for (String resident : residentsOfThree) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, resident), thermometer(5, 5));
        }
        Fixtures.close(campaign, region);

        Fixtures.surveyEvents(campaign, "report-withheld", 1);
        JsonPath signal =
                Fixtures.surveyEvents(campaign, "wellbeing-signal-raised", 1).get(0);
        assertThat(signal.getString("subject")).isEqualTo("programme/" + four);
        assertThat(signal.getString("data.indicator")).isEqualTo("exhaustion");
        assertThat(signal.getFloat("data.value")).isEqualTo(0.5f);
        assertThat(signal.getInt("data.respondents")).isEqualTo(4);
        assertThat(signal.getString("data.institutionCode")).isEqualTo(institution);
        assertThat(signal.getString("data.rule")).contains("WB-01").contains("0.3");

        assertThat(TopicReader.readAll(
                        Topics.SURVEY,
                        v -> v.contains(campaign) && v.contains("wellbeing-signal-raised"),
                        Duration.ofSeconds(1)))
                .as("one signal: none for the small programme, none for quitting")
                .hasSize(1);
    }

    private static Map<String, Object> thermometer(int exhaustion, int quitting) {
        return Map.of(
                "answers",
                List.of(
                        Map.of("item", "WB-01", "value", exhaustion),
                        Map.of("item", "WB-02", "value", 3),
                        Map.of("item", "WB-03", "value", 3),
                        Map.of("item", "WB-04", "value", 3),
                        Map.of("item", "WB-05", "value", 3),
                        Map.of("item", "WB-06", "value", 3),
                        Map.of("item", "WB-07", "value", quitting)));
    }
}
