package nl.opleidingsklimaat.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The report as a PDF, read back with PDFBox: the same release rule, suppression and review of open answers as the
 * JSON. One institution: P3 with 3 respondents (withheld), P5 with 5 (released; two say "niet van toepassing" on BS-05,
 * so the programme side gets no figures for it). Pages are rendered to target/pdf-pages/ for review.
 */
@QuarkusTest
class ReportPdfTest {
    private static final String OPEN_TEXT = "Veel vertrouwen van de opleider";
    private static final int[] P5_VALUES = {5, 4, 4, 3, 5};
    private static Scenario scenario;

    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Scenario(String institution, String campaign, String p3, String p5) {}

    private Scenario scenario() {
        if (scenario != null) {
            return scenario;
        }
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        String p3 = Fixtures.unique("P3");
        String p5 = Fixtures.unique("P5");
        Fixtures.registerProgramme(db, p3, institution, region);
        Fixtures.registerProgramme(db, p5, institution, region);
        String campaign = Fixtures.createCampaign(region, "opleidingsmonitor", 4);
        List<String> residents3 = Fixtures.inviteResidents(campaign, region, p3, 4);
        List<String> residents5 = Fixtures.inviteResidents(campaign, region, p5, 5);
        Fixtures.open(campaign, region);
        for (int i = 0; i < 3; i++) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, residents3.get(i)), Fixtures.monitorAnswers(2));
        }
        for (int i = 0; i < 5; i++) {
            Map<String, Object> answers = Fixtures.monitorAnswers(P5_VALUES[i]);
            if (i < 2) {
                answers = Fixtures.notApplicable(answers, "BS-05");
            }
            if (i == 0) {
                answers = Fixtures.withText(answers, "OPEN-STERK", OPEN_TEXT);
            }
            Fixtures.answer(Fixtures.tokenFor(mailbox, residents5.get(i)), answers);
        }
        Fixtures.close(campaign, region);
        scenario = new Scenario(institution, campaign, p3, p5);
        return scenario;
    }

    @Test
    void theDirectorReadsTheReleasedReportWithoutFiguresBelowTheThresholdOrUnreviewedOpenAnswers() throws IOException {
        Scenario s = scenario();
        byte[] pdf = pdf(TestTokens.director(s.p5()), s.p5());
        String text = text(pdf, "report-director");

        assertThat(text)
                .contains("Rapportage " + s.p5())
                .contains("Respondenten")
                .contains("100%")
                .contains("Begeleiding en supervisie")
                // BS-01: 5, 4, 4, 3, 5
                .contains("4,20")
                .contains("Sterke punten")
                .contains("Aandachtspunten")
                .contains("zodra de COC van " + s.institution())
                .doesNotContain(OPEN_TEXT);
        assertThat(row(text, "BS-05 Bij verrichtingen", "OK-01")).contains("niet getoond");
    }

    @Test
    void theProgrammeSideGetsNoPdfOfAWithheldReport() {
        Scenario s = scenario();
        given().auth()
                .oauth2(TestTokens.director(s.p3()))
                .get("/api/campaigns/{id}/reports/{p}/pdf", s.campaign(), s.p3())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("fewer than 4 residents"));
    }

    @Test
    void theCocReadsEveryFigureAndTheOpenAnswersAndTheReadIsAudited() throws IOException {
        Scenario s = scenario();
        String withheld = text(pdf(TestTokens.coc(s.institution()), s.p3()), "report-coc-withheld");
        assertThat(withheld).contains("Niet vrijgegeven aan de opleiding").contains("2,00");

        String released = text(pdf(TestTokens.coc(s.institution()), s.p5()), "report-coc");
        assertThat(released).contains(OPEN_TEXT);
        assertThat(row(released, "BS-05 Bij verrichtingen", "OK-01")).doesNotContain("niet getoond");
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM audit_entry WHERE action = 'export-report-pdf' AND resource_id = ?",
                        s.campaign() + "/" + s.p3()))
                .isEqualTo(1);
    }

    @Test
    void theCocGetsTheOverviewOfAllItsProgrammesAndNobodyElseDoes() throws IOException {
        Scenario s = scenario();
        byte[] pdf = given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/campaigns/{id}/institutions/{i}/overview", s.campaign(), s.institution())
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text = text(pdf, "overview-coc");
        assertThat(text)
                .contains("Overzicht opleidingen " + s.institution())
                .contains(s.p3())
                .contains(s.p5())
                .contains("onder de drempel")
                .contains("3/4")
                .contains("5/5")
                // P5's supervision theme with BS-05's 3 answers counted, as the COC's own report counts them
                .contains("4,17");

        given().auth()
                .oauth2(TestTokens.director(s.p5()))
                .get("/api/campaigns/{id}/institutions/{i}/overview", s.campaign(), s.institution())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.coc(Fixtures.unique("OTHER")))
                .get("/api/campaigns/{id}/institutions/{i}/overview", s.campaign(), s.institution())
                .then()
                .statusCode(404)
                .body("status", equalTo(404));
    }

    private static byte[] pdf(String token, String programme) {
        return given().auth()
                .oauth2(token)
                .get("/api/campaigns/{id}/reports/{p}/pdf", scenario.campaign(), programme)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf"))
                .extract()
                .asByteArray();
    }

    /** The PDF's text, and its pages as PNG under target/pdf-pages/ to look at. */
    private static String text(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path pages = Files.createDirectories(Path.of("target", "pdf-pages"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80);
                ImageIO.write(
                        image,
                        "png",
                        pages.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
            return new PDFTextStripper().getText(document);
        }
    }

    /** An item's table row, which may wrap over several lines: from its start to the next item's code. */
    private static String row(String text, String start, String next) {
        int from = text.indexOf(start);
        assertThat(from).as("row " + start + " in:\n" + text).isNotNegative();
        return text.substring(from, text.indexOf(next, from));
    }
}
