package nl.opleidingsklimaat.survey.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.survey.Fixtures;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * When a campaign's reports are ready, the COC and every director with an address hear it once, by mail, in Dutch,
 * without any figure; a director below the threshold hears that there is no report and why; an institution can
 * switch either kind off; only those who manage the institution read or set the addresses.
 */
@QuarkusTest
class ReportNoticesTest {
    @Inject
    AgroalDataSource db;

    @Inject
    MockMailbox mailbox;

    private record Scenario(String region, String institution, String released, String withheld, String silent) {
        String coc() {
            return "coc." + institution.toLowerCase() + "@ziekenhuis.nl";
        }

        String director(String programme) {
            return "opleider." + programme.toLowerCase() + "@ziekenhuis.nl";
        }
    }

    @Test
    void theCocAndEachDirectorHearOnceThatTheReportsAreReadyWithoutAnyFigure() {
        Scenario s = scenario();
        setRecipients(s);
        String campaign = runCampaign(s);

        List<Mail> coc = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailbox.getMailsSentTo(s.coc()), mails -> !mails.isEmpty());
        List<Mail> released = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailbox.getMailsSentTo(s.director(s.released())), mails -> !mails.isEmpty());
        List<Mail> withheld = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailbox.getMailsSentTo(s.director(s.withheld())), mails -> !mails.isEmpty());

        assertThat(coc.get(0).getSubject())
                .isEqualTo("Rapportages klaar: Campagne " + s.region() + " - Ziekenhuis " + s.institution());
        assertThat(coc.get(0).getText())
                .contains("Beste COC,")
                .contains("staan klaar: 3 opleidingen.")
                .contains("1 opleiding heeft een rapport dat de opleider kan lezen; 2 opleidingen hadden minder dan 4"
                        + " respondenten")
                .contains("campagne " + campaign + ", instelling " + s.institution());
        assertThat(released.get(0).getSubject())
                .isEqualTo("Rapport klaar: Campagne " + s.region() + " - Opleiding " + s.released());
        assertThat(released.get(0).getText())
                .contains("Het rapport van Opleiding " + s.released())
                .contains("staat klaar")
                .contains("zodra de COC van uw instelling ze heeft doorgenomen");
        assertThat(withheld.get(0).getSubject()).startsWith("Geen rapport: ");
        assertThat(withheld.get(0).getText())
                .contains("geen rapport: minder dan 4 aios van uw opleiding hebben de vragenlijst ingevuld")
                .contains("De COC van uw instelling en de onderwijskundige van de OOR ontvangen de rapportage wel");
        for (Mail mail : List.of(coc.get(0), released.get(0), withheld.get(0))) {
            assertThat(mail.getText())
                    .as("no mean, share or respondent count leaves in a mail")
                    .doesNotContainPattern("\\d[,.]\\d")
                    .doesNotContain("%")
                    .doesNotContain("respondenten: ")
                    .doesNotContain("3 aios");
        }

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Fixtures.strings(
                                db,
                                "SELECT programme_code || '=' || coalesce(outcome, 'owed') FROM report_notice"
                                        + " WHERE campaign_id = ?::uuid",
                                campaign),
                        outcomes -> outcomes.containsAll(List.of(
                                "=sent", s.released() + "=sent", s.withheld() + "=sent", s.silent() + "=owed")));

        // an address set after closing still reaches the mail owed to that director
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "cocMailbox",
                        s.coc(),
                        "directors",
                        List.of(Map.of("programmeCode", s.silent(), "email", s.director(s.silent())))))
                .put("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(200);
        Fixtures.count(
                db,
                "WITH due AS (UPDATE report_notice SET next_attempt_at = now() WHERE campaign_id = ?::uuid"
                        + " AND settled_at IS NULL RETURNING 1) SELECT count(*) FROM due",
                campaign); // as if the hour had passed
        List<Mail> late = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailbox.getMailsSentTo(s.director(s.silent())), mails -> !mails.isEmpty());
        assertThat(late.get(0).getSubject()).startsWith("Geen rapport: ");

        // the scheduler keeps running: nothing goes out twice
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(mailbox.getMailsSentTo(s.coc())).hasSize(1);
        assertThat(mailbox.getMailsSentTo(s.director(s.released()))).hasSize(1);
        assertThat(mailbox.getMailsSentTo(s.director(s.withheld()))).hasSize(1);
        assertThat(mailbox.getMailsSentTo(s.director(s.silent()))).hasSize(1);
    }

    @Test
    void anInstitutionThatSwitchedTheDirectorsMailOffStillTellsItsCoc() {
        Scenario s = scenario();
        setRecipients(s);
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .put("/api/mail-switches/institutions/{code}/report-ready-director", s.institution())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        String campaign = runCampaign(s);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.count(
                                db,
                                "SELECT count(*) FROM report_notice WHERE campaign_id = ?::uuid AND settled_at IS NULL",
                                campaign)
                        == 0);
        assertThat(mailbox.getMailsSentTo(s.coc())).hasSize(1);
        assertThat(mailbox.getMailsSentTo(s.director(s.released()))).isEmpty();
        assertThat(mailbox.getMailsSentTo(s.director(s.withheld()))).isEmpty();
        assertThat(Fixtures.strings(
                        db,
                        "SELECT DISTINCT outcome FROM report_notice WHERE campaign_id = ?::uuid AND programme_code <> ''",
                        campaign))
                .containsExactly("switched-off");
    }

    @Test
    void onlyThoseWhoManageTheInstitutionReadOrSetItsRecipients() {
        Scenario s = scenario();
        setRecipients(s);
        Scenario other = scenario();

        given().auth()
                .oauth2(TestTokens.director(s.released()))
                .get("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.coc(other.institution()))
                .get("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coordinator(other.region()))
                .get("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coordinator(s.region()))
                .get("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(200)
                .body("cocMailbox", equalTo(s.coc()))
                .body("directors.programmeCode", contains(s.withheld(), s.released())); // by programme code
        assertThat(Fixtures.count(
                        db,
                        "SELECT count(*) FROM audit_entry WHERE action = 'read-report-recipients' AND resource_id = ?",
                        s.institution()))
                .isEqualTo(1);

        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of("cocMailbox", "geen-adres", "directors", List.of()))
                .put("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("cocMailbox"));
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "cocMailbox",
                        "nieuw@ziekenhuis.nl",
                        "directors",
                        List.of(Map.of("programmeCode", other.released(), "email", "kaper@elders.nl"))))
                .put("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(422)
                .body("violations.field", contains("directors[0].programmeCode"));
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .get("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(200)
                .body("cocMailbox", equalTo(s.coc()))
                .body("directors.email", contains(s.director(s.withheld()), s.director(s.released())));
    }

    /** A new region with one institution and three programmes: P5 will have 5 answers, P3 3, P1 1. */
    private Scenario scenario() {
        String region = Fixtures.unique("OOR");
        String institution = Fixtures.unique("INST");
        TestEvents.publish(
                QualityEvents.INSTITUTION_REGISTERED,
                Subjects.institution(institution),
                new InstitutionRegistered(institution, "Ziekenhuis " + institution, region, true));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.count(db, "SELECT count(*) FROM institution_replica WHERE code = ?", institution)
                        == 1);
        Scenario s =
                new Scenario(region, institution, Fixtures.unique("P5"), Fixtures.unique("P3"), Fixtures.unique("P1"));
        for (String programme : List.of(s.released(), s.withheld(), s.silent())) {
            Fixtures.registerProgramme(db, programme, institution, region);
        }
        return s;
    }

    private void setRecipients(Scenario s) {
        given().auth()
                .oauth2(TestTokens.coc(s.institution()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "cocMailbox",
                        s.coc(),
                        "directors",
                        List.of(
                                Map.of("programmeCode", s.withheld(), "email", s.director(s.withheld())),
                                Map.of("programmeCode", s.released(), "email", s.director(s.released())))))
                .put("/api/report-recipients/institutions/{code}", s.institution())
                .then()
                .statusCode(200)
                .body("cocMailbox", equalTo(s.coc()));
    }

    private String runCampaign(Scenario s) {
        String campaign = Fixtures.createCampaign(s.region(), "opleidingsmonitor", 4);
        List<String> five = Fixtures.inviteResidents(campaign, s.region(), s.released(), 5);
        List<String> three = Fixtures.inviteResidents(campaign, s.region(), s.withheld(), 3);
        List<String> one = Fixtures.inviteResidents(campaign, s.region(), s.silent(), 1);
        Fixtures.open(campaign, s.region());
        for (String email : five) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, email), Fixtures.monitorAnswers(4));
        }
        for (String email : three) {
            Fixtures.answer(Fixtures.tokenFor(mailbox, email), Fixtures.monitorAnswers(2));
        }
        Fixtures.answer(Fixtures.tokenFor(mailbox, one.get(0)), Fixtures.monitorAnswers(3));
        Fixtures.close(campaign, s.region());
        return campaign;
    }
}
