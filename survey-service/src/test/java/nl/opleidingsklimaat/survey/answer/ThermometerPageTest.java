package nl.opleidingsklimaat.survey.answer;

import static nl.opleidingsklimaat.survey.answer.QuestionnairePageTest.assertPageIsClean;
import static nl.opleidingsklimaat.survey.answer.QuestionnairePageTest.choose;
import static nl.opleidingsklimaat.survey.answer.QuestionnairePageTest.labels;
import static nl.opleidingsklimaat.survey.answer.QuestionnairePageTest.submit;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The wellbeing thermometer in a browser: the resident sees their own result and where to get help, once, alone. */
@QuarkusTest
class ThermometerPageTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    @Test
    void theResidentSeesTheirOwnResultWithWhereToGetHelpOnceAndNothingOfItIsStored() {
        Fixtures.OpenCampaign opened = Fixtures.openCampaign(db, mailbox, "thermometer-welzijn", 1);
        String region = opened.region();
        String campaign = opened.campaign();
        String link = base.toString().replaceAll("/$", "")
                + Fixtures.linkPathFor(mailbox, opened.emails().get(0));

        try (Browser phone = Browser.phone()) {
            phone.open(link);
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("Thermometer welzijn aios");
            assertThat(phone.text())
                    .contains("Na het versturen zie je je eigen uitkomst")
                    .doesNotContain("(niet verplicht)");
            assertThat(labels(phone, "WB-01")).containsExactly("nooit", "soms", "regelmatig", "vaak", "(bijna) altijd");
            assertThat(labels(phone, "WB-05"))
                    .containsExactly("helemaal mee oneens", "mee oneens", "neutraal", "mee eens", "helemaal mee eens");
            assertPageIsClean(phone, "thermometer-phone");
            QuestionnairePageTest.scrollTo(phone, "theme-1");
            phone.screenshot("thermometer-questions-phone");

            Map<String, String> answers = Map.of(
                    "WB-01", "5", "WB-02", "4", "WB-03", "2", "WB-04", "2", "WB-05", "2", "WB-06", "1", "WB-07", "2");
            answers.forEach((item, value) -> choose(phone, item, value));
            submit(phone);

            assertThat(phone.title()).isEqualTo("Dank je wel");
            assertThat(phone.text())
                    .contains(
                            "Jouw eigen uitkomst",
                            "Je geeft aan dat je je vaak leeg en uitgeput voelt.",
                            "Waar kun je terecht?",
                            "bedrijfsarts",
                            "vertrouwenspersoon",
                            "coach",
                            "We bewaren haar niet")
                    .doesNotContain("Je denkt vaak aan stoppen");
            assertPageIsClean(phone, "thermometer-thanks-phone");
            assertThat(phone.driver().manage().getCookieNamed(OwnResultCookie.NAME))
                    .as("the browser keeps nothing of it")
                    .isNull();

            phone.driver().navigate().refresh();
            assertThat(phone.title()).isEqualTo("Dank je wel");
            assertThat(phone.text()).doesNotContain("Jouw eigen uitkomst").doesNotContain("uitgeput");
        }
        Fixtures.close(campaign, region);
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id WHERE r.campaign_id = ?::uuid""", campaign))
                .as("the seven answers, and no result")
                .isEqualTo(7);
    }
}
