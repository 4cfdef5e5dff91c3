package nl.opleidingsklimaat.survey.instrument;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The Opleidingsmonitor as used since 2023 (version 2026.2: 15 statements in three themes, an open question per theme)
 * next to the platform's first item bank (2026.1: 14 statements, two open questions apart from the themes): both
 * published side by side, and each campaign reports on its own version's items.
 */
@QuarkusTest
class MonitorVersionsTest {
    private static final List<String> THEMES =
            List.of("begeleiding-en-supervisie", "opleidingsklimaat", "onderwijs-en-organisatie");
    private static Scenario scenario;

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Scenario(String region, String institution, String programme, String old, String current) {}

    /** One programme, one campaign on each version, five residents answering each (with open answers), both closed. */
    private Scenario scenario() {
        if (scenario != null) {
            return scenario;
        }
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, institution, region);
        String old = campaign(region, "2026.1");
        String current = campaign(region, "2026.2");
        List<String> oldResidents = Fixtures.inviteResidents(old, region, programme, 5);
        Fixtures.open(old, region);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> answers = Fixtures.monitorAnswers(4);
            if (i == 0) {
                answers = Fixtures.withText(answers, "OPEN-STERK", "Oud: de sfeer in de groep");
            }
            Fixtures.answer(Fixtures.tokenFor(mailbox, oldResidents.get(i)), answers);
        }
        Fixtures.close(old, region);
        List<String> residents = Fixtures.inviteResidents(current, region, programme, 5);
        Fixtures.open(current, region);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> answers = currentAnswers(4);
            if (i == 0) {
                answers = Fixtures.withText(answers, "BS-OPEN", "Supervisie: altijd iemand bereikbaar");
                answers = Fixtures.withText(answers, "OO-OPEN", "Onderwijs: het rooster schuift te vaak");
            }
            Fixtures.answer(Fixtures.tokenFor(mailbox, residents.get(i)), answers);
        }
        Fixtures.close(current, region);
        scenario = new Scenario(region, institution, programme, old, current);
        return scenario;
    }

    /** A complete answer to version 2026.2: the 14 statements of 2026.1 and OO-05. */
    public static Map<String, Object> currentAnswers(int value) {
        Map<String, Object> body = Fixtures.monitorAnswers(value);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) body.get("answers"));
        answers.add(Map.of("item", "OO-05", "value", value));
        body.put("answers", answers);
        return body;
    }

    private static String campaign(String region, String version) {
        return given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Monitor " + version + " " + region,
                        "instrumentCode",
                        "opleidingsmonitor",
                        "instrumentVersion",
                        version,
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(201)
                .body("instrumentVersion", equalTo(version))
                .extract()
                .path("id");
    }

    @Test
    void theInstrumentApiListsBothVersionsSideBySide() {
        given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/instruments?code=opleidingsmonitor")
                .then()
                .statusCode(200)
                .body("items.version", hasItems("2026.1", "2026.2"));
        JsonPath current = given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/instruments/opleidingsmonitor/versions/2026.2")
                .then()
                .statusCode(200)
                .body("domains.code", contains(THEMES.toArray()))
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = current.getList("items");
        List<Map<String, Object>> closed =
                items.stream().filter(i -> !"OPEN_TEXT".equals(i.get("scale"))).toList();
        List<Map<String, Object>> open =
                items.stream().filter(i -> "OPEN_TEXT".equals(i.get("scale"))).toList();
        assertThat(closed).hasSize(15);
        for (String theme : THEMES) {
            assertThat(closed.stream().filter(i -> theme.equals(i.get("domain"))))
                    .hasSize(5);
            assertThat(open.stream().filter(i -> theme.equals(i.get("domain")))).hasSize(1);
        }
        assertThat(open).hasSize(3);
        assertThat(current.getMap("translations.en.items").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        items.stream().map(i -> (String) i.get("code")).toList());
        // the earlier version is unchanged: 14 statements and its two open questions apart from the themes
        given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/instruments/opleidingsmonitor/versions/2026.1")
                .then()
                .statusCode(200)
                .body("items.findAll { it.scale != 'OPEN_TEXT' }", hasSize(14))
                .body("items.findAll { it.scale == 'OPEN_TEXT' }.domain", everyItem(equalTo("open-vragen")));
    }

    @Test
    void aCampaignWithoutAVersionUsesTheNewest() {
        String region = Fixtures.knownRegion(db);
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Monitor zonder versie",
                        "instrumentCode",
                        "opleidingsmonitor",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(201)
                .body("instrumentVersion", equalTo("2026.2"));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Onbekend instrument",
                        "instrumentCode",
                        "bestaat-niet",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("instrumentCode"));
    }

    @Test
    void eachCampaignReportsOnItsOwnVersionsItems() {
        Scenario s = scenario();
        JsonPath old = report(s, s.old());
        JsonPath current = report(s, s.current());

        assertThat(old.getString("instrumentVersion")).isEqualTo("2026.1");
        assertThat(old.getList("items.item")).hasSize(14).doesNotContain("OO-05");
        assertThat(current.getString("instrumentVersion")).isEqualTo("2026.2");
        assertThat(current.getList("items.item")).hasSize(15).contains("OO-05");
        assertThat(current.getList("domains.domain")).containsExactlyElementsOf(THEMES);
        assertThat(current.getDouble("domains.find { it.domain == 'onderwijs-en-organisatie' }.mean"))
                .isEqualTo(4.0);
        assertThat(old.getLong("openAnswers")).isEqualTo(1);
        assertThat(current.getLong("openAnswers")).isEqualTo(2);
    }

    @Test
    void openAnswersComeUnderTheirThemeInTheJsonAndThePdf() throws IOException {
        Scenario s = scenario();
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}/open-answers", s.current(), s.programme())
                .then()
                .statusCode(200)
                .body("items.item", contains("BS-OPEN", "OO-OPEN"))
                .body("items.domain", contains("begeleiding-en-supervisie", "onderwijs-en-organisatie"));
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}/open-answers", s.old(), s.programme())
                .then()
                .statusCode(200)
                .body("items.domain", contains("open-vragen"));

        byte[] pdf = given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}/pdf", s.current(), s.programme())
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path pages = Files.createDirectories(Path.of("target", "pdf-pages"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(page, 80),
                        "png",
                        pages.resolve("monitor-2026.2-" + (page + 1) + ".png").toFile());
            }
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String answers = text.substring(text.lastIndexOf("Open antwoorden"));
        int supervision = answers.indexOf("Thema Begeleiding en supervisie");
        int climate = answers.indexOf("Thema Opleidingsklimaat");
        int education = answers.indexOf("Thema Onderwijs en organisatie");
        assertThat(supervision).isNotNegative().isLessThan(climate);
        assertThat(climate).isLessThan(education);
        assertThat(answers.indexOf("Supervisie: altijd iemand bereikbaar")).isBetween(supervision, climate);
        assertThat(answers.indexOf("Onderwijs: het rooster schuift te vaak")).isGreaterThan(education);
        assertThat(text).contains("versie 2026.2").doesNotContain("Open vragen");
    }

    @Test
    void theQuestionnairePageShowsEachOpenQuestionWithinItsTheme() {
        String region = Fixtures.unique("OOR");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, Fixtures.unique("INST"), region);
        String campaign = campaign(region, "2026.2");
        List<String> residents = Fixtures.inviteResidents(campaign, region, programme, 1);
        Fixtures.open(campaign, region);
        String page = given().get(Fixtures.linkPathFor(mailbox, residents.get(0)))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String[] theme : new String[][] {
            {"Begeleiding en supervisie", "BS-OPEN", "BS-05"},
            {"Opleidingsklimaat", "OK-OPEN", "OK-05"},
            {"Onderwijs en organisatie", "OO-OPEN", "OO-05"}
        }) {
            int start = page.indexOf(">" + theme[0] + "</h2>");
            int end = page.indexOf("</section>", start);
            assertThat(start).as(theme[0]).isPositive();
            String section = page.substring(start, end);
            assertThat(section)
                    .as(theme[0])
                    .contains("<textarea id=\"" + theme[1] + "\"")
                    .contains("<fieldset id=\"" + theme[2] + "\"");
        }
        assertThat(page).doesNotContain("Open vragen").doesNotContain("OPEN-STERK");
        given().get(Fixtures.linkPathFor(mailbox, residents.get(0)) + "?lang=en")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Anything else about supervision and guidance"))
                .body(not(org.hamcrest.Matchers.containsString("Wat wil je nog kwijt")));
    }

    private static JsonPath report(Scenario s, String campaign) {
        return given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/reports/{p}", campaign, s.programme())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
