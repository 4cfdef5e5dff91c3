package nl.opleidingsklimaat.coaching.proactive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.Fixtures;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.contracts.survey.ReportReleased;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.contracts.survey.WellbeingSignalRaised;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestSql;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProactiveOfferTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWellbeingSignalPutsTheProgrammeOnTheListOncePerCampaignEvenWhenRedelivered() {
        String institution = Fixtures.unique("PRO");
        String programme = Fixtures.programme(institution);
        UUID campaign = UUID.randomUUID();
        CloudEvent<WellbeingSignalRaised> signal = TestEvents.publish(
                SurveyEvents.WELLBEING_SIGNAL_RAISED,
                Subjects.programme(programme),
                new WellbeingSignalRaised(
                        campaign, programme, institution, 12, "burnout-risk", new BigDecimal("0.38"), "share >= 0.30"));
        String coc = TestTokens.coc(institution);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(coc)
                        .get("/api/proactive-programmes?institution={i}", institution)
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1)));

        TestEvents.publish(Topics.SURVEY, signal);
        TestEvents.publish(
                SurveyEvents.WELLBEING_SIGNAL_RAISED,
                Subjects.programme(programme),
                new WellbeingSignalRaised(
                        campaign, programme, institution, 12, "burnout-risk", new BigDecimal("0.38"), "share >= 0.30"));
        // same subject, so same partition: once this later campaign shows, the redeliveries before it were handled
        UUID later = UUID.randomUUID();
        TestEvents.publish(
                SurveyEvents.WELLBEING_SIGNAL_RAISED,
                Subjects.programme(programme),
                new WellbeingSignalRaised(
                        later, programme, institution, 12, "exhaustion", new BigDecimal("3.9"), "mean >= 3.5"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(coc)
                        .get("/api/proactive-programmes?institution={i}", institution)
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(2)));

        given().auth()
                .oauth2(coc)
                .get("/api/proactive-programmes?institution={i}", institution)
                .then()
                .body(
                        "items.find { it.campaignId == '" + campaign + "' }.reasons",
                        contains("wellbeing: burnout-risk = 0.38 (share >= 0.30)"))
                .body("items.programmeCode", contains(programme, programme));
    }

    @Test
    void aReportWithLowSupervisionFlagsTheProgrammeAndAGoodReportDoesNot() {
        String institution = Fixtures.unique("PRO");
        String programme = Fixtures.programme(institution);
        UUID good = UUID.randomUUID();
        TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(programme),
                report(good, programme, institution, "4.2"));
        UUID low = UUID.randomUUID();
        TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(programme),
                report(low, programme, institution, "3.1"));

        String coc = TestTokens.coc(institution);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(coc)
                        .get("/api/proactive-programmes?institution={i}", institution)
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1)));
        given().auth()
                .oauth2(coc)
                .get("/api/proactive-programmes?institution={i}", institution)
                .then()
                .body("items[0].campaignId", equalTo(low.toString()))
                .body("items[0].reasons[0]", equalTo("low begeleiding-en-supervisie: mean 3.1 below 3.5 (monitor)"));
    }

    @Test
    void theCocRecordsTheApproachAndOnlyTheInstitutionsCocOrRegionSeesTheList() {
        String institution = Fixtures.unique("PRO");
        String programme = Fixtures.programme(institution, "OOR-PRO", null);
        TestEvents.publish(
                SurveyEvents.WELLBEING_SIGNAL_RAISED,
                Subjects.programme(programme),
                new WellbeingSignalRaised(
                        UUID.randomUUID(),
                        programme,
                        institution,
                        9,
                        "burnout-risk",
                        new BigDecimal("0.41"),
                        "share >= 0.30"));
        String coc = TestTokens.coc(institution);
        String listing = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> given().auth()
                                .oauth2(coc)
                                .get("/api/proactive-programmes?institution={i}", institution)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("items[0].id"),
                        id -> id != null);

        given().auth()
                .oauth2(TestTokens.coordinator("OOR-PRO"))
                .get("/api/proactive-programmes?institution={i}", institution)
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-ELSE"))
                .get("/api/proactive-programmes?institution={i}", institution)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coc("OTHER"))
                .get("/api/proactive-programmes?institution={i}", institution)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director(programme))
                .get("/api/proactive-programmes?institution={i}", institution)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(coc)
                .get("/api/proactive-programmes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(TestTokens.coc("OTHER"))
                .post("/api/proactive-programmes/{id}/approach", listing)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(coc)
                .post("/api/proactive-programmes/{id}/approach", listing)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(coc)
                .post("/api/proactive-programmes/{id}/approach", listing)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(coc)
                .get("/api/proactive-programmes?institution={i}&approached=false", institution)
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void forgedOrImplausibleSignalsAreDeadLetteredWithTheReasonAndChangeNothing() {
        String institution = Fixtures.unique("PRO");
        String programme = Fixtures.programme(institution);
        String subject = Subjects.programme(programme);
        var attacker = TestEvents.publishForged(
                Topics.SURVEY,
                "attacker",
                SurveyEvents.WELLBEING_SIGNAL_RAISED,
                subject,
                signal(programme, institution));
        TestEvents.publishForged(
                Topics.COACHING,
                "/survey-service",
                SurveyEvents.WELLBEING_SIGNAL_RAISED,
                subject,
                signal(programme, institution));
        String unknownProgramme = Fixtures.unique("PRO-NOPE");
        var unknown = TestEvents.publish(
                SurveyEvents.WELLBEING_SIGNAL_RAISED,
                Subjects.programme(unknownProgramme),
                signal(unknownProgramme, institution));
        var otherInstitution =
                TestEvents.publish(SurveyEvents.WELLBEING_SIGNAL_RAISED, subject, signal(programme, "OTHER"));
        var lowReport = TestEvents.publish(
                SurveyEvents.REPORT_RELEASED,
                Subjects.programme(unknownProgramme),
                report(UUID.randomUUID(), unknownProgramme, institution, "2.0"));

        assertThat(deadLetterReason(attacker.id())).contains("comes from /survey-service only, not from attacker");
        assertThat(deadLetterReason(unknown.id()))
                .contains("programme " + unknownProgramme + ", which is unknown here");
        assertThat(deadLetterReason(otherInstitution.id())).contains("is of " + institution);
        assertThat(deadLetterReason(lowReport.id())).contains("unknown here");
        given().auth()
                .oauth2(TestTokens.coc(institution))
                .get("/api/proactive-programmes?institution={i}", institution)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        assertThat(TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM proactive_listing WHERE programme_code IN (?, ?)",
                        programme,
                        unknownProgramme))
                .isZero();
    }

    /** The dlq.error header of the dead letter of this event, once it is on coaching-service's dead-letter topic. */
    private static String deadLetterReason(UUID eventId) {
        ConsumerRecord<String, String> letter = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> TopicReader.readAll(
                                "coaching-service.dlq", v -> v.contains(eventId.toString()), Duration.ofMillis(500)),
                        letters -> !letters.isEmpty())
                .get(0);
        return new String(letter.headers().lastHeader("dlq.error").value(), StandardCharsets.UTF_8);
    }

    private static WellbeingSignalRaised signal(String programme, String institution) {
        return new WellbeingSignalRaised(
                UUID.randomUUID(), programme, institution, 12, "burnout-risk", new BigDecimal("0.38"), "share >= 0.30");
    }

    private static ReportReleased report(UUID campaign, String programme, String institution, String supervision) {
        return new ReportReleased(
                campaign,
                "monitor",
                programme,
                institution,
                "OOR-TEST",
                10,
                8,
                new BigDecimal("0.80"),
                List.of(
                        new DomainScore("begeleiding-en-supervisie", new BigDecimal(supervision), 8),
                        new DomainScore("opleidingsklimaat", new BigDecimal("2.0"), 8)),
                List.of(),
                List.of(),
                List.of("programme-director", "coc"));
    }
}
