package nl.opleidingsklimaat.survey.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A resident answers the Opleidingsmonitor from the link in their mail, in a real browser on a phone. */
@QuarkusTest
class QuestionnairePageTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Invited(String region, String campaign, String link) {}

    private Invited invite(String instrument) {
        Fixtures.OpenCampaign opened = Fixtures.openCampaign(db, mailbox, instrument, 1);
        return new Invited(
                opened.region(),
                opened.campaign(),
                url(Fixtures.linkPathFor(mailbox, opened.emails().get(0))));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void aResidentOpensTheMailLinkCorrectsAMistakeSubmitsAndCannotAnswerAgain() {
        Invited invited = invite("opleidingsmonitor");
        try (Browser phone = Browser.phone()) {
            phone.open(invited.link());
            assertThat(phone.title()).isEqualTo("Opleidingsmonitor - Campagne " + invited.region());
            assertThat(phone.find(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
            assertThat(legend(phone, "BS-01"))
                    .isEqualTo("1. Als ik tijdens een dienst een supervisor nodig heb, is die" + " snel bereikbaar.");
            assertThat(labels(phone, "BS-01"))
                    .containsExactly(
                            "helemaal mee oneens",
                            "mee oneens",
                            "neutraal",
                            "mee eens",
                            "helemaal mee eens",
                            "niet van toepassing");
            assertThat(labels(phone, "BS-02")).doesNotContain("niet van toepassing");
            assertThat(phone.find(By.cssSelector("label[for=OPEN-STERK]")).getText())
                    .contains("Wat is het sterkste punt van je opleiding?", "(niet verplicht)");
            assertPageIsClean(phone, "questionnaire-phone");
            scrollTo(phone, "theme-1");
            phone.screenshot("questionnaire-questions-phone");

            for (String item : Fixtures.MONITOR_SCORED_ITEMS) {
                if (!item.equals("BS-02")) {
                    choose(phone, item, item.equals("BS-05") ? "nvt" : "4");
                }
            }
            phone.find(By.id("OPEN-STERK")).sendKeys("Veel ruimte om zelfstandig te werken.");
            submit(phone);

            assertThat(phone.title()).startsWith("Fout: ");
            assertThat(phone.find(By.id("BS-02-error")).getText()).isEqualTo("Kies een antwoord bij deze vraag.");
            assertThat(phone.find(By.id("BS-02")).getAttribute("aria-describedby"))
                    .isEqualTo("BS-02-error");
            List<WebElement> summary = phone.findAll(By.cssSelector(".error-summary a"));
            assertThat(summary)
                    .extracting(WebElement::getText)
                    .containsExactly("Vraag 2: Kies een antwoord bij deze vraag.");
            assertThat(summary.get(0).getAttribute("href")).endsWith("#BS-02-1");
            assertThat(phone.findAll(By.cssSelector(".error"))).hasSize(1);
            assertThat(phone.find(By.id("BS-01-4")).isSelected())
                    .as("answers kept")
                    .isTrue();
            assertThat(phone.find(By.id("BS-05-nvt")).isSelected()).isTrue();
            assertThat(phone.find(By.id("OPEN-STERK")).getAttribute("value"))
                    .isEqualTo("Veel ruimte om zelfstandig te werken.");
            assertThat(Fixtures.ballots(db, invited.campaign())).isZero();
            assertPageIsClean(phone, "questionnaire-error-phone");
            scrollTo(phone, "BS-02");
            phone.screenshot("questionnaire-error-at-item-phone");

            summary.get(0).click();
            choose(phone, "BS-02", "5");
            submit(phone);

            assertThat(phone.title()).isEqualTo("Dank je wel");
            assertThat(phone.currentUrl())
                    .startsWith(url("/vragenlijst/bedankt"))
                    .doesNotContain(invited.link());
            assertThat(phone.text())
                    .contains("Je antwoorden zijn anoniem opgeslagen.")
                    .doesNotContain("Jouw eigen uitkomst");
            assertThat(Fixtures.ballots(db, invited.campaign())).isEqualTo(1);
            assertPageIsClean(phone, "questionnaire-thanks-phone");

            phone.open(invited.link());
            assertThat(phone.title()).isEqualTo("Deze link werkt niet");
            assertThat(phone.findAll(By.tagName("form"))).isEmpty();
            assertPageIsClean(phone, "questionnaire-link-unusable-phone");
        }
        assertThat(Fixtures.ballots(db, invited.campaign())).isEqualTo(1);
        Fixtures.close(invited.campaign(), invited.region());
        assertThat(Fixtures.count(db, """
                SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id
                WHERE r.campaign_id = ?::uuid""", invited.campaign()))
                .as("14 scored items (one 'niet van toepassing') and one open answer")
                .isEqualTo(15);
    }

    @Test
    void withoutJavaScriptOnA360PixelPhoneTheFormStillWorksAndNothingIsWiderThanTheScreen() {
        Invited invited = invite("opleidingsmonitor");
        try (Browser phone = Browser.phoneWithoutJavaScript()) {
            phone.open(invited.link());
            assertThat(phone.driver().executeScript("return window.innerWidth;"))
                    .isEqualTo(360L);
            assertThat(widestPoint(phone)).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
            // axe checked these same server-rendered pages with JavaScript on (and is slow where page scripts are off)
            phone.screenshot("questionnaire-nojs-phone");
            submit(phone);
            assertThat(phone.findAll(By.cssSelector(".error-summary a"))).hasSize(14);
            assertThat(widestPoint(phone)).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
            phone.screenshot("questionnaire-nojs-error-phone");
            for (String item : Fixtures.MONITOR_SCORED_ITEMS) {
                choose(phone, item, "3");
            }
            submit(phone);
            assertThat(phone.title()).isEqualTo("Dank je wel");
            assertThat(Fixtures.ballots(db, invited.campaign())).isEqualTo(1);
        }
    }

    @Test
    void aResidentAnswersWithTheKeyboardOnlyAndAlwaysSeesWhereTheFocusIs() {
        Invited invited = invite("opleidingsmonitor");
        try (Browser phone = Browser.phone()) {
            phone.open(invited.link());
            press(phone, Keys.TAB);
            assertThat(focused(phone).getText()).isEqualTo("Naar de inhoud");
            assertThat(focusOutline(phone)).isEqualTo("solid");
            press(phone, Keys.TAB);
            assertThat(focused(phone).getText()).isEqualTo("English");
            for (String item : Fixtures.MONITOR_SCORED_ITEMS) {
                press(phone, Keys.TAB);
                assertThat(focused(phone).getAttribute("id")).isEqualTo(item + "-1");
                assertThat(focusOutline(phone)).as("focus visible on " + item).isEqualTo("solid");
                press(phone, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
                assertThat(phone.find(By.id(item + "-4")).isSelected()).isTrue();
            }
            phone.screenshot("questionnaire-keyboard-phone");
            press(phone, Keys.TAB);
            assertThat(focused(phone).getAttribute("id")).isEqualTo("OPEN-STERK");
            new Actions(phone.driver()).sendKeys("Goede begeleiding.").perform();
            press(phone, Keys.TAB, Keys.TAB);
            assertThat(focused(phone).getText()).isEqualTo("Versturen");
            WebElement button = focused(phone);
            press(phone, Keys.ENTER);
            new WebDriverWait(phone.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
            assertThat(phone.title()).isEqualTo("Dank je wel");
        }
        assertThat(Fixtures.ballots(db, invited.campaign())).isEqualTo(1);
    }

    private static void press(Browser browser, Keys... keys) {
        Actions actions = new Actions(browser.driver());
        for (Keys key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static String focusOutline(Browser browser) {
        return (String) browser.driver().executeScript("return getComputedStyle(document.activeElement).outlineStyle;");
    }

    @Test
    void englishOnRequestWithALinkBackToDutch() {
        Invited invited = invite("opleidingsmonitor");
        try (Browser phone = Browser.phone()) {
            phone.open(invited.link());
            phone.find(By.linkText("English")).click();
            assertThat(phone.currentUrl()).endsWith("?lang=en");
            assertThat(phone.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(labels(phone, "BS-01"))
                    .containsExactly(
                            "strongly disagree", "disagree", "neutral", "agree", "strongly agree", "not applicable");
            assertThat(labels(phone, "OK-04"))
                    .containsExactly("never", "sometimes", "regularly", "often", "(almost) always");
            assertThat(phone.text()).contains("Your answers are anonymous", "Send", "Supervision and guidance");
            assertThat(legend(phone, "BS-01"))
                    .isEqualTo("1. When I need a supervisor during a shift, one is quickly available.");
            assertPageIsClean(phone, "questionnaire-english-phone");

            submit(phone);
            assertThat(phone.title()).startsWith("Error: ");
            assertThat(phone.find(By.id("BS-01-error")).getText()).isEqualTo("Choose an answer to this question.");
            for (String item : Fixtures.MONITOR_SCORED_ITEMS) {
                choose(phone, item, "2");
            }
            submit(phone);
            assertThat(phone.title()).isEqualTo("Thank you");
            assertThat(phone.currentUrl()).endsWith("/vragenlijst/bedankt?lang=en");

            phone.open(invited.link() + "?lang=en");
            assertThat(phone.title()).isEqualTo("This link does not work");
            phone.find(By.linkText("Nederlands")).click();
            assertThat(phone.title()).isEqualTo("Deze link werkt niet");
        }
    }

    static void assertPageIsClean(Browser browser, String screenshot) {
        browser.screenshot(screenshot);
        assertThat(browser.seriousAccessibilityViolations())
                .as(screenshot + ": axe")
                .isEmpty();
        // the page's own status (400 for a form with errors, 404 for a link that does not work) is no error of the page
        String ownStatus = browser.currentUrl() + " - Failed to load resource: the server responded with a status of 4";
        assertThat(browser.consoleErrors())
                .as(screenshot + ": console")
                .filteredOn(error -> !error.startsWith(ownStatus))
                .isEmpty();
    }

    static void scrollTo(Browser browser, String id) {
        browser.driver().executeScript("arguments[0].scrollIntoView();", browser.find(By.id(id)));
    }

    static void choose(Browser browser, String item, String value) {
        browser.find(By.cssSelector("label[for='" + item + "-" + value + "']")).click();
    }

    static void submit(Browser browser) {
        WebElement button = browser.find(By.cssSelector("form button[type=submit]"));
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    }

    static String legend(Browser browser, String item) {
        return browser.find(By.cssSelector("#" + item + " legend")).getText();
    }

    static List<String> labels(Browser browser, String item) {
        return browser.findAll(By.cssSelector("#" + item + " label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** How wide the page is in CSS pixels: wider than the window means sideways scrolling on a phone. */
    static long widestPoint(Browser browser) {
        System.out.println(
                "WIDTHS "
                        + browser.driver()
                                .executeScript(
                                        "return [window.innerWidth, document.documentElement.clientWidth, document.documentElement.scrollWidth, window.outerWidth, screen.width].join(',');"));
        return (Long) browser.driver().executeScript("return document.documentElement.scrollWidth;");
    }
}
