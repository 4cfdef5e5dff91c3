package nl.opleidingsklimaat.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

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
 * A programme's theme scores next to earlier years. One institution, two years (last year on 2026.1, this year's
 * campaign made from it on 2026.2), threshold 4:
 *
 * <ul>
 *   <li>A: released both years; last year two of five said "niet van toepassing" on BS-05, so its director's theme
 *       mean of last year leaves that cell out (4.20) where the COC's counts it (4.17);
 *   <li>B: released last year (4), withheld this year (3);
 *   <li>C: withheld last year (3), released this year (4): no earlier figure for anyone.
 * </ul>
 */
@QuarkusTest
class YearOnYearTest {
    private static final String SUPERVISION = "begeleiding-en-supervisie";
    private static final int[] A_LAST_YEAR = {5, 4, 4, 3, 5};
    private static Scenario scenario;

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Scenario(
            String region, String institution, String a, String b, String c, String lastYear, String thisYear) {}

    private Scenario scenario() {
        if (scenario != null) {
            return scenario;
        }
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String a = Fixtures.unique("PA");
        String b = Fixtures.unique("PB");
        String c = Fixtures.unique("PC");
        for (String programme : List.of(a, b, c)) {
            Fixtures.registerProgramme(db, programme, institution, region);
        }
        String lastYear = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> residentsA = Fixtures.inviteResidents(lastYear, region, a, 5);
        List<String> residentsB = Fixtures.inviteResidents(lastYear, region, b, 4);
        List<String> residentsC = Fixtures.inviteResidents(lastYear, region, c, 4);
        Fixtures.open(lastYear, region);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> answers = Fixtures.monitorAnswers(A_LAST_YEAR[i]);
            if (i < 2) {
                answers = Fixtures.notApplicable(answers, "BS-05");
            }
            Fixtures.answer(Fixtures.tokenFor(mailbox, residentsA.get(i)), answers);
        }
        for (int i = 0; i < 4; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, residentsB.get(i)), Fixtures.monitorAnswers(3));
        }
        for (int i = 0; i < 3; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, residentsC.get(i)), Fixtures.monitorAnswers(2));
        }
        Fixtures.close(lastYear, region);

        String thisYear = given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of("instrumentVersion", "2026.2"))
                .post("/api/campaigns/{id}/successor", lastYear)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        residentsA = Fixtures.inviteResidents(thisYear, region, a, 4);
        residentsB = Fixtures.inviteResidents(thisYear, region, b, 4);
        residentsC = Fixtures.inviteResidents(thisYear, region, c, 4);
        Fixtures.open(thisYear, region);
        for (int i = 0; i < 4; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, residentsA.get(i)), currentAnswers(5));
            Fixtures.answer(Fixtures.tokenFor(mailbox, residentsC.get(i)), currentAnswers(4));
        }
        for (int i = 0; i < 3; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, residentsB.get(i)), currentAnswers(4));
        }
        Fixtures.close(thisYear, region);
        scenario = new Scenario(region, institution, a, b, c, lastYear, thisYear);
        return scenario;
    }

    /** A complete answer to version 2026.2 (the statements of 2026.1 and OO-05). */
    private static Map<String, Object> currentAnswers(int value) {
        Map<String, Object> body = Fixtures.monitorAnswers(value);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = new ArrayList<>((List<Map<String, Object>>) body.get("answers"));
        answers.add(Map.of("item", "OO-05", "value", value));
        body.put("answers", answers);
        return body;
    }

    private static JsonPath report(String token, String campaign, String programme) {
        return given().auth()
                .oauth2(token)
                .get("/api/campaigns/{id}/reports/{p}", campaign, programme)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static double supervision(JsonPath report) {
        return report.getDouble("domains.find { it.domain == '" + SUPERVISION + "' }.mean");
    }

    private static String earlier(String field) {
        return "domains.find { it.domain == '" + SUPERVISION + "' }.earlierYears" + field;
    }

    @Test
    void theDirectorSeesLastYearsThemeScoresAsLastYearsReportShowedThem() {
        Scenario s = scenario();
        String director = TestTokens.director(s.a());
        double lastYearForDirector = supervision(report(director, s.lastYear(), s.a()));
        double lastYearForCoc = supervision(report(TestTokens.coc(s.institution()), s.lastYear(), s.a()));
        assertThat(lastYearForDirector).isEqualTo(4.20);
        assertThat(lastYearForCoc).isEqualTo(4.17);

        JsonPath thisYear = report(director, s.thisYear(), s.a());
        assertThat(thisYear.getList(earlier(".campaignId"))).containsExactly(s.lastYear());
        assertThat(thisYear.getDouble(earlier("[0].mean"))).isEqualTo(lastYearForDirector);
        assertThat(thisYear.getString(earlier("[0].instrumentVersion"))).isEqualTo("2026.1");
        assertThat(thisYear.getInt(earlier("[0].respondents"))).isEqualTo(5);
        assertThat(thisYear.getList("domains.earlierYears"))
                .allSatisfy(years -> assertThat((List<?>) years).hasSize(1));

        JsonPath forCoc = report(TestTokens.coc(s.institution()), s.thisYear(), s.a());
        assertThat(forCoc.getDouble(earlier("[0].mean"))).isEqualTo(lastYearForCoc);
    }

    @Test
    void onlyYearsWhoseReportWasReleasedAreShown() {
        Scenario s = scenario();
        String coc = TestTokens.coc(s.institution());
        // C was withheld last year: no earlier figure, not even for the COC
        JsonPath c = report(coc, s.thisYear(), s.c());
        assertThat(c.getList("domains.earlierYears"))
                .allSatisfy(years -> assertThat((List<?>) years).isEmpty());
        JsonPath forDirector = report(TestTokens.director(s.c()), s.thisYear(), s.c());
        assertThat(forDirector.getList("domains.earlierYears"))
                .allSatisfy(years -> assertThat((List<?>) years).isEmpty());
        // B is withheld this year: its director reads nothing, the COC reads it with last year's released figure
        given().auth()
                .oauth2(TestTokens.director(s.b()))
                .get("/api/campaigns/{id}/reports/{p}", s.thisYear(), s.b())
                .then()
                .statusCode(403);
        JsonPath b = report(coc, s.thisYear(), s.b());
        assertThat(b.getString("status")).isEqualTo("WITHHELD");
        assertThat(b.getDouble(earlier("[0].mean"))).isEqualTo(3.0);
    }

    @Test
    void theDashboardShowsEachProgrammeNextToEarlierYearsAsTheCallerMaySeeThem() {
        Scenario s = scenario();
        JsonPath forCoc = given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/theme-scores", s.thisYear())
                .then()
                .statusCode(200)
                .body("items.programmeCode", contains(s.a(), s.b(), s.c()))
                .extract()
                .jsonPath();
        assertThat(forCoc.getDouble(
                        "items[0].domains.find { it.domain == '" + SUPERVISION + "' }.earlierYears[0].mean"))
                .isEqualTo(4.17);
        assertThat(forCoc.getList("items[2].domains.earlierYears"))
                .allSatisfy(years -> assertThat((List<?>) years).isEmpty());
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM audit_entry WHERE action = 'read-theme-scores' AND resource_id = ?",
                        s.thisYear()))
                .isPositive();

        given().auth()
                .oauth2(TestTokens.advisor(s.region()))
                .get("/api/campaigns/{id}/theme-scores?institution={i}", s.thisYear(), s.institution())
                .then()
                .statusCode(200)
                .body("items.programmeCode", contains(s.a(), s.b(), s.c()));
        JsonPath forDirector = given().auth()
                .oauth2(TestTokens.director(s.a()))
                .get("/api/campaigns/{id}/theme-scores", s.thisYear())
                .then()
                .statusCode(200)
                .body("items.programmeCode", contains(s.a()))
                .extract()
                .jsonPath();
        assertThat(forDirector.getDouble(
                        "items[0].domains.find { it.domain == '" + SUPERVISION + "' }.earlierYears[0].mean"))
                .isEqualTo(4.20);
        // B's director: withheld this year, so no line at all
        given().auth()
                .oauth2(TestTokens.director(s.b()))
                .get("/api/campaigns/{id}/theme-scores", s.thisYear())
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(TestTokens.coordinator(s.region()))
                .get("/api/campaigns/{id}/theme-scores", s.thisYear())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.coc(Fixtures.unique("INST")))
                .get("/api/campaigns/{id}/theme-scores", s.thisYear())
                .then()
                .statusCode(404);
    }

    @Test
    void theResidentsSharedResultsCarryTheEarlierYearsToo() {
        Scenario s = scenario();
        JsonPath shared = given().auth()
                .oauth2(TestTokens.resident("aios-a", s.a()))
                .get("/api/campaigns/{id}/reports/{p}/shared-results", s.thisYear(), s.a())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(shared.getDouble(earlier("[0].mean"))).isEqualTo(4.20);
    }

    @Test
    void thePdfsShowTheEarlierYears() throws IOException {
        Scenario s = scenario();
        String report = text(
                given().auth()
                        .oauth2(TestTokens.director(s.a()))
                        .get("/api/campaigns/{id}/reports/{p}/pdf", s.thisYear(), s.a())
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                "year-on-year-report");
        assertThat(report)
                .contains("Opleiding eerdere jaren")
                .contains("4,20 (5)")
                .doesNotContain("4,17");

        String overview = text(
                given().auth()
                        .oauth2(TestTokens.coc(s.institution()))
                        .get("/api/campaigns/{id}/institutions/{i}/overview", s.thisYear(), s.institution())
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                "year-on-year-overview");
        assertThat(overview).contains("eerdere jaren").contains("4,17 (5)").contains("3,00 (4)");
    }

    @Test
    void aThemeNewInTheSuccessorVersionHasNoEarlierScore() {
        String code = "jaar-" + Fixtures.unique("t").toLowerCase();
        publish(code, "1", List.of("thema-een"));
        publish(code, "2", List.of("thema-een", "thema-twee"));
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String programme = Fixtures.unique("P");
        Fixtures.registerProgramme(db, programme, institution, region);
        String lastYear = given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Eerste jaar",
                        "instrumentCode",
                        code,
                        "instrumentVersion",
                        "1",
                        "regionCode",
                        region,
                        "opensOn",
                        Fixtures.FAR_OPENS.toString(),
                        "closesOn",
                        Fixtures.FAR_OPENS.plusDays(29).toString()))
                .post("/api/campaigns")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        answerAndClose(lastYear, region, programme, List.of("thema-een"));
        String thisYear = given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(Map.of("instrumentVersion", "2"))
                .post("/api/campaigns/{id}/successor", lastYear)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        answerAndClose(thisYear, region, programme, List.of("thema-een", "thema-twee"));

        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/campaigns/{id}/reports/{p}", thisYear, programme)
                .then()
                .statusCode(200)
                .body("domains.domain", contains("thema-een", "thema-twee"))
                .body("domains.find { it.domain == 'thema-een' }.earlierYears.campaignId", contains(lastYear))
                .body("domains.find { it.domain == 'thema-twee' }.earlierYears", empty());
    }

    private static void publish(String code, String version, List<String> themes) {
        List<Map<String, Object>> domains = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (String theme : themes) {
            domains.add(Map.of("code", theme, "name", "Thema " + theme));
            items.add(Map.of(
                    "code",
                    theme.toUpperCase() + "-01",
                    "domain",
                    theme,
                    "text",
                    "Stelling over " + theme,
                    "scale",
                    "LIKERT_5",
                    "notApplicableAllowed",
                    false,
                    "higherIsBetter",
                    true,
                    "required",
                    true));
        }
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code", code,
                        "version", version,
                        "name", "Jaartest",
                        "kind", "TRAINING_CLIMATE",
                        "reportRules", Map.of("strengthAtLeast", 4.0, "attentionBelow", 3.0, "regionGap", 0.5),
                        "domains", domains,
                        "items", items))
                .post("/api/instruments")
                .then()
                .statusCode(201);
    }

    private void answerAndClose(String campaign, String region, String programme, List<String> themes) {
        List<String> residents = Fixtures.inviteResidents(campaign, region, programme, 4);
        Fixtures.open(campaign, region);
        for (String resident : residents) {
            List<Map<String, Object>> answers = themes.stream()
                    .map(theme -> Map.<String, Object>of("item", theme.toUpperCase() + "-01", "value", 4))
                    .toList();
            Fixtures.answer(Fixtures.tokenFor(mailbox, resident), Map.of("answers", answers));
        }
        Fixtures.close(campaign, region);
    }

    /** The PDF's text on one line, and its pages as PNG under target/pdf-pages/ to look at. */
    private static String text(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path pages = Files.createDirectories(Path.of("target", "pdf-pages"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(page, 80),
                        "png",
                        pages.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
