package nl.opleidingsklimaat.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The central flow across the four running services, through their REST APIs only: the organisation registry feeds the
 * other services; a closed Opleidingsmonitor campaign withholds the small programme and releases the other; the
 * released report becomes evidence and a draft improvement plan; a wellbeing signal reaches the COC's proactive list;
 * a verdiepingsdag's attendance becomes professionalisation evidence. The broker is stopped from the opening of the
 * campaign to the closing of the verdiepingsdag: every request succeeds, and every effect arrives once it is back.
 * The steps share one region and run in order.
 */
@ExtendWith(RunningPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CentralFlowTest {
    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final String REGION = "OOR-E2E";
    private static final String INSTITUTION = "E2E-UMC";
    private static final String SMALL = "E2E-UMC-CHI"; // programme A: 3 respondents, below the threshold of 4
    private static final String RELEASED = "E2E-UMC-INT"; // programme B: 4 respondents
    private static final String SIGNALLING = "E2E-UMC-KIN"; // raises a wellbeing signal in the thermometer
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    /** The region's own machine client: no machine token is platform-wide. */
    private final String system = TestTokens.systemOfRegion(REGION);

    private final String hospitalSystem = TestTokens.systemOfInstitution(INSTITUTION);
    private final String coordinator = TestTokens.coordinator(REGION);
    private final String coc = TestTokens.coc(INSTITUTION);
    private final String directorOfSmall = TestTokens.director(SMALL);
    private final String directorOfReleased = TestTokens.director(RELEASED);

    private String monitorCampaign;
    private String thermometerCampaign;
    private String verdiepingsdag;
    private String attendeeRegistration;
    private long brokerBackAt;

    @Test
    @Order(1)
    void programmesRegisteredInTheQualityFrameworkReachSurveyCoachingAndEventServices() {
        api(Service.QUALITY, TestTokens.referenceData())
                .body(Map.of("code", REGION, "name", "OOR End-to-end"))
                .post("/api/regions")
                .then()
                .statusCode(201);
        long registered = System.nanoTime();
        api(Service.QUALITY, system)
                .body(structure())
                .post("/api/regions/" + REGION + "/structure-imports")
                .then()
                .statusCode(200);

        monitorCampaign = eventually(
                        "survey: the region's campaign can be created",
                        () -> api(Service.SURVEY, coordinator)
                                .body(campaign("Opleidingsmonitor E2E", "opleidingsmonitor"))
                                .post("/api/campaigns"),
                        201)
                .path("id");
        Response imported = eventually(
                "survey: residents of both programmes can be invited",
                () -> api(Service.SURVEY, coordinator)
                        .body(invitations(Map.of(SMALL, 3, RELEASED, 4)))
                        .post("/api/campaigns/" + monitorCampaign + "/invitations"),
                200);
        report("programme -> survey replica", registered);
        assertThat(imported.jsonPath().getInt("imported")).isEqualTo(7);

        for (String programme : List.of(SMALL, RELEASED, SIGNALLING)) {
            eventually(
                    "coaching: coverage of " + programme,
                    () -> api(Service.COACHING, coc).get("/api/coverage/programmes/" + programme),
                    200);
        }
        report("programme -> coaching replica", registered);

        verdiepingsdag = eventually(
                        "events: the institution's COC can create its verdiepingsdag",
                        () -> api(Service.EVENTS, coc).body(verdiepingsdag()).post("/api/training-events"),
                        201)
                .path("id");
        api(Service.EVENTS, coc)
                .post("/api/training-events/" + verdiepingsdag + "/publication")
                .then()
                .statusCode(200)
                .body("points", equalTo(3.0f));
        attendeeRegistration = eventually(
                        "events: a director of the programme can register",
                        () -> api(Service.EVENTS, hospitalSystem)
                                .body(Map.of(
                                        "personReference",
                                        "e2e-director-int",
                                        "name",
                                        "Dr. E. Tweede",
                                        "role",
                                        "programme-director",
                                        "programmeCode",
                                        RELEASED,
                                        "bigNumber",
                                        "19012345601",
                                        "accreditationWanted",
                                        true))
                                .post("/api/training-events/" + verdiepingsdag + "/registrations"),
                        201)
                .path("id");
        report("programme -> event replica", registered);
    }

    @Test
    @Order(2)
    void withTheBrokerStoppedTheCampaignClosesUnderTheReleaseRuleAndTheVerdiepingsdagIsHeld() {
        RunningPlatform.broker().stop();
        try {
            api(Service.SURVEY, coordinator)
                    .post("/api/campaigns/" + monitorCampaign + "/open")
                    .then()
                    .statusCode(200);
            answerAll(SMALL, 3, item -> 4);
            // B: supervision good, education and organisation poor: attention points for the improvement plan
            answerAll(RELEASED, 4, this::monitorValue);

            // while open, the director of A sees no count of A
            api(Service.SURVEY, directorOfSmall)
                    .get("/api/campaigns/" + monitorCampaign + "/response-rates?level=PROGRAMME")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.code == '" + SMALL + "' }.belowThreshold", equalTo(true))
                    .body("items.find { it.code == '" + SMALL + "' }.answered", nullValue());

            api(Service.SURVEY, coordinator)
                    .post("/api/campaigns/" + monitorCampaign + "/close")
                    .then()
                    .statusCode(200);
            directorOfTheSmallProgrammeGetsNoFiguresFromAnySurveyEndpoint();
            directorOfTheReleasedProgrammeGetsItsReportAndTheCocGetsBoth();

            thermometerCampaign = api(Service.SURVEY, coordinator)
                    .body(campaign("Thermometer welzijn E2E", "thermometer-welzijn"))
                    .post("/api/campaigns")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            api(Service.SURVEY, coordinator)
                    .body(invitations(Map.of(SIGNALLING, 4)))
                    .post("/api/campaigns/" + thermometerCampaign + "/invitations")
                    .then()
                    .statusCode(200);
            api(Service.SURVEY, coordinator)
                    .post("/api/campaigns/" + thermometerCampaign + "/open")
                    .then()
                    .statusCode(200);
            answerAll(SIGNALLING, 4, item -> 4); // "vaak" exhausted: share 1.0 >= 0.30
            api(Service.SURVEY, coordinator)
                    .post("/api/campaigns/" + thermometerCampaign + "/close")
                    .then()
                    .statusCode(200);

            api(Service.EVENTS, coc)
                    .body(Map.of("time", "13:00"))
                    .post("/api/registrations/" + attendeeRegistration + "/check-in")
                    .then()
                    .statusCode(200);
            api(Service.EVENTS, coc)
                    .post("/api/training-events/" + verdiepingsdag + "/completion")
                    .then()
                    .statusCode(200);
        } finally {
            RunningPlatform.broker().start();
            brokerBackAt = System.nanoTime();
        }
    }

    @Test
    @Order(3)
    void theReleasedReportBecomesEvidenceAndADraftPlanAndTheSmallProgrammeShowsBelowThreshold() {
        String assessment = awaitAssessment(RELEASED);
        List<Map<String, Object>> reportEvidence = eventually(
                "quality: report evidence of B", () -> evidence(assessment, "SURVEY_REPORT"), list -> !list.isEmpty());
        report("ReportReleased -> evidence (after broker restart)", brokerBackAt);
        assertThat(reportEvidence)
                .singleElement()
                .satisfies(e -> assertThat(e.get("fromEvent")).isEqualTo(true));

        List<Map<String, Object>> plans =
                eventually("quality: draft plan of B", () -> plans(RELEASED), list -> !list.isEmpty());
        report("ReportReleased -> draft improvement plan (after broker restart)", brokerBackAt);
        assertThat(plans).singleElement().satisfies(p -> {
            assertThat(p.get("state")).isEqualTo("PLAN");
            assertThat(p.get("sourceCampaignId")).isEqualTo(monitorCampaign);
        });
        List<String> attentionPoints = api(Service.SURVEY, directorOfReleased)
                .get("/api/campaigns/" + monitorCampaign + "/reports/" + RELEASED)
                .then()
                .statusCode(200)
                .extract()
                .path("attentionPoints");
        List<String> actions = api(Service.QUALITY, directorOfReleased)
                .get("/api/improvement-plans/" + plans.get(0).get("id"))
                .then()
                .statusCode(200)
                .extract()
                .path("actions.what");
        assertThat(attentionPoints).isNotEmpty();
        assertThat(actions).hasSameSizeAs(attentionPoints);

        eventually(
                "quality: COC dashboard shows A withheld",
                () -> dashboardRow(SMALL),
                row -> "WITHHELD".equals(row.getString("latestReport.state")));
        report("ReportWithheld -> COC dashboard (after broker restart)", brokerBackAt);
        JsonPath small = dashboardRow(SMALL);
        assertThat(small.get("latestReport.respondents") == null)
                .as("3 respondents: fewer than 4 people, no figure")
                .isTrue();
        assertThat(small.getList("latestReport.domainScores")).isEmpty();
        assertThat(dashboardRow(RELEASED).getString("latestReport.state")).isEqualTo("RELEASED");
    }

    @Test
    @Order(4)
    void aWellbeingSignalPutsTheProgrammeOnTheProactiveList() {
        List<Map<String, Object>> listed =
                eventually("coaching: proactive list", () -> proactive(SIGNALLING), list -> !list.isEmpty());
        report("WellbeingSignalRaised -> proactive list (after broker restart)", brokerBackAt);
        assertThat(listed).singleElement().satisfies(entry -> {
            assertThat(entry.get("campaignId")).isEqualTo(thermometerCampaign);
            assertThat((List<?>) entry.get("reasons")).isNotEmpty();
        });
        assertThat(proactive(SMALL)).isEmpty();
    }

    @Test
    @Order(5)
    void confirmedAttendanceOfTheVerdiepingsdagIsProfessionalisationEvidenceWithThreePoints() {
        String assessment = awaitAssessment(RELEASED);
        List<Map<String, Object>> attendance = eventually(
                "quality: attendance evidence", () -> evidence(assessment, "ATTENDANCE"), list -> !list.isEmpty());
        report("AttendanceConfirmed -> professionalisation evidence (after broker restart)", brokerBackAt);
        assertThat(attendance).singleElement().satisfies(e -> {
            assertThat(e.get("domainCode")).isEqualTo("professionalisering");
            assertThat(((Number) e.get("points")).doubleValue()).isEqualTo(3.0);
        });
    }

    @Test
    @Order(6)
    void afterTheBrokerIsBackEveryEffectArrivedExactlyOnce() {
        String assessment = awaitAssessment(RELEASED);
        // redelivery after the outage (relay retries, consumers re-reading from their last offset) must not double
        // anything
        await("nothing doubles")
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(15))
                .until(() -> evidence(assessment, "SURVEY_REPORT").size() == 1
                        && evidence(assessment, "ATTENDANCE").size() == 1
                        && plans(RELEASED).size() == 1
                        && plans(SMALL).isEmpty()
                        && proactive(SIGNALLING).size() == 1
                        && assessments(SMALL).stream()
                                .allMatch(a -> evidence((String) a.get("id"), "SURVEY_REPORT")
                                        .isEmpty()));
        // the one attendance is exactly one evidence item (above); the dashboard shows no count from fewer than 4
        // people
        api(Service.QUALITY, coc)
                .get("/api/dashboards/institutions/" + INSTITUTION)
                .then()
                .statusCode(200)
                .body(
                        "programmes.find { it.programmeCode == '" + RELEASED + "' }.professionalisation.attendances",
                        nullValue())
                .body(
                        "programmes.find { it.programmeCode == '" + RELEASED + "' }.professionalisation.note",
                        notNullValue());
    }

    private void directorOfTheSmallProgrammeGetsNoFiguresFromAnySurveyEndpoint() {
        String reports = "/api/campaigns/" + monitorCampaign + "/reports/";
        for (String path : List.of(SMALL, SMALL + "/open-answers", SMALL + "/export")) {
            api(Service.SURVEY, directorOfSmall)
                    .get(reports + path)
                    .then()
                    .statusCode(403)
                    .body("detail", notNullValue())
                    .body("respondents", nullValue());
        }
        api(Service.SURVEY, directorOfSmall).get(reports + RELEASED).then().statusCode(404);
        api(Service.SURVEY, directorOfSmall)
                .get("/api/campaigns/" + monitorCampaign + "/reports")
                .then()
                .statusCode(200)
                .body("items.find { it.programmeCode == '" + SMALL + "' }.status", equalTo("WITHHELD"))
                .body("items.find { it.programmeCode == '" + SMALL + "' }.respondents", nullValue())
                .body("items.find { it.programmeCode == '" + SMALL + "' }.invited", nullValue());
        api(Service.SURVEY, directorOfSmall)
                .get("/api/campaigns/" + monitorCampaign + "/response-rates?level=PROGRAMME")
                .then()
                .statusCode(200)
                .body("items.find { it.code == '" + SMALL + "' }.belowThreshold", equalTo(true))
                .body("items.find { it.code == '" + SMALL + "' }.answered", nullValue())
                .body("items.find { it.code == '" + SMALL + "' }.invited", nullValue());
        for (String level : List.of("INSTITUTION", "REGION")) {
            int status = api(Service.SURVEY, directorOfSmall)
                    .get("/api/campaigns/" + monitorCampaign + "/response-rates?level=" + level)
                    .then()
                    .extract()
                    .statusCode();
            assertThat(status).as("director of A asks for the %s level", level).isIn(403, 404);
        }
    }

    private void directorOfTheReleasedProgrammeGetsItsReportAndTheCocGetsBoth() {
        String reports = "/api/campaigns/" + monitorCampaign + "/reports/";
        api(Service.SURVEY, directorOfReleased)
                .get(reports + RELEASED)
                .then()
                .statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("respondents", equalTo(4))
                .body("domains.mean", hasItem(notNullValue()));
        api(Service.SURVEY, directorOfReleased)
                .get(reports + RELEASED + "/export")
                .then()
                .statusCode(200);
        api(Service.SURVEY, coc).get(reports + RELEASED).then().statusCode(200).body("respondents", equalTo(4));
        api(Service.SURVEY, coc)
                .get(reports + SMALL)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHHELD"))
                .body("respondents", equalTo(3))
                .body("domains.mean", hasItem(notNullValue()));
    }

    /** Every invited resident of the programme answers through their mailed link. */
    private void answerAll(String programme, int residents, IntUnaryOperator valueByItemNumber) {
        for (int i = 1; i <= residents; i++) {
            String email = email(programme, i);
            String token =
                    Mailbox.latestToken(email).orElseThrow(() -> new AssertionError("no mail logged for " + email));
            JsonPath questionnaire = given().baseUri(RunningPlatform.url(Service.SURVEY))
                    .get("/api/answers/" + token)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> answers = new ArrayList<>();
            List<Map<String, Object>> questions = questionnaire.getList("sections.questions.flatten()");
            for (int q = 0; q < questions.size(); q++) {
                Map<String, Object> question = questions.get(q);
                String item = (String) question.get("item");
                if ("OPEN_TEXT".equals(question.get("scale"))) {
                    answers.add(Map.of("item", item, "text", "Antwoord " + i + " op " + item));
                } else {
                    int wanted = valueByItemNumber.applyAsInt(itemGroup(item));
                    List<Integer> values = ((List<Map<String, Object>>) question.get("options"))
                            .stream().map(o -> (Integer) o.get("value")).toList();
                    answers.add(Map.of(
                            "item", item, "value", values.contains(wanted) ? wanted : values.get(values.size() - 1)));
                }
            }
            given().baseUri(RunningPlatform.url(Service.SURVEY))
                    .contentType("application/json")
                    .body(Map.of("answers", answers))
                    .post("/api/answers/" + token)
                    .then()
                    .statusCode(200);
        }
    }

    /** Items grouped: 1 supervision (BS), 2 climate (OK), 3 education and organisation (OO), 0 anything else. */
    private static int itemGroup(String item) {
        return item.startsWith("BS-") ? 1 : item.startsWith("OK-") ? 2 : item.startsWith("OO-") ? 3 : 0;
    }

    private int monitorValue(int group) {
        return switch (group) {
            case 1 -> 5;
            case 3 -> 2;
            default -> 4;
        };
    }

    private String awaitAssessment(String programme) {
        return (String)
                eventually("quality: assessment of " + programme, () -> assessments(programme), list -> !list.isEmpty())
                        .get(0)
                        .get("id");
    }

    private List<Map<String, Object>> assessments(String programme) {
        return api(Service.QUALITY, system)
                .get("/api/assessments?subjectType=PROGRAMME&subjectCode=" + programme + "&year=" + TODAY.getYear())
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    private List<Map<String, Object>> evidence(String assessment, String kind) {
        List<Map<String, Object>> items = api(Service.QUALITY, system)
                .get("/api/assessments/" + assessment + "/evidence?size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream().filter(e -> kind.equals(e.get("kind"))).toList();
    }

    private List<Map<String, Object>> plans(String programme) {
        return api(Service.QUALITY, system)
                .get("/api/improvement-plans?subjectType=PROGRAMME&subjectCode=" + programme)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    private List<Map<String, Object>> proactive(String programme) {
        List<Map<String, Object>> items = api(Service.COACHING, coc)
                .get("/api/proactive-programmes?institution=" + INSTITUTION + "&size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(e -> programme.equals(e.get("programmeCode")))
                .toList();
    }

    /** The programme's row on the COC dashboard of the institution. */
    private JsonPath dashboardRow(String programme) {
        JsonPath dashboard = api(Service.QUALITY, coc)
                .get("/api/dashboards/institutions/" + INSTITUTION + "?size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        dashboard.setRootPath("programmes.find { it.programmeCode == '" + programme + "' }");
        return dashboard;
    }

    private static RequestSpecification api(Service service, String token) {
        return given().baseUri(RunningPlatform.url(service))
                .auth()
                .oauth2(token)
                .contentType("application/json");
    }

    private static Response eventually(String what, Supplier<Response> call, int expectedStatus) {
        Response[] last = new Response[1];
        await(what).atMost(PROPAGATION).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = call.get();
            return last[0].statusCode() == expectedStatus;
        });
        return last[0];
    }

    private static <T> T eventually(String what, Supplier<T> call, java.util.function.Predicate<T> done) {
        Object[] last = new Object[1];
        await(what).atMost(PROPAGATION).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = call.get();
            return done.test((T) last[0]);
        });
        return (T) last[0];
    }

    private static void report(String propagation, long sinceNanos) {
        System.out.printf(
                "%s: %d ms%n",
                propagation, Duration.ofNanos(System.nanoTime() - sinceNanos).toMillis());
    }

    private static String email(String programme, int i) {
        return "aios" + i + "." + programme.toLowerCase() + "@e2e.example.org";
    }

    private static Map<String, Object> invitations(Map<String, Integer> residentsPerProgramme) {
        List<Map<String, String>> rows = new ArrayList<>();
        residentsPerProgramme.forEach((programme, count) -> {
            for (int i = 1; i <= count; i++) {
                rows.add(Map.of(
                        "email",
                        email(programme, i),
                        "programmeCode",
                        programme,
                        "reference",
                        programme + "-aios-" + i));
            }
        });
        return Map.of("invitations", rows);
    }

    /**
     * Dated from tomorrow, so survey-service's scheduler (a tick a minute) cannot open it before the test does; opening
     * by hand moves the date to today.
     */
    private static Map<String, Object> campaign(String name, String instrument) {
        return Map.of(
                "name",
                name,
                "instrumentCode",
                instrument,
                "instrumentVersion",
                "2026.1",
                "regionCode",
                REGION,
                "opensOn",
                TODAY.plusDays(1).toString(),
                "closesOn",
                TODAY.plusDays(21).toString(),
                "threshold",
                4);
    }

    private static Map<String, Object> structure() {
        return Map.of(
                "institutions", List.of(Map.of("code", INSTITUTION, "name", "Universitair Medisch Centrum E2E")),
                "specialties",
                        List.of(
                                Map.of("code", "E2E-CHI", "name", "Heelkunde"),
                                Map.of("code", "E2E-INT", "name", "Interne geneeskunde"),
                                Map.of("code", "E2E-KIN", "name", "Kindergeneeskunde")),
                "programmes",
                        List.of(
                                programme(SMALL, "Heelkunde UMC E2E", "E2E-CHI"),
                                programme(RELEASED, "Interne geneeskunde UMC E2E", "E2E-INT"),
                                programme(SIGNALLING, "Kindergeneeskunde UMC E2E", "E2E-KIN")));
    }

    private static Map<String, Object> programme(String code, String name, String specialty) {
        return Map.of(
                "code",
                code,
                "name",
                name,
                "specialtyCode",
                specialty,
                "institutionCode",
                INSTITUTION,
                "directorReference",
                "director-" + code.toLowerCase());
    }

    /** The verdiepingsdag of reference document 000: 13:00-17:00, 190 minutes of net teaching time, 3 points. */
    private Map<String, Object> verdiepingsdag() {
        return Map.ofEntries(
                Map.entry("kind", "deepening-day"),
                Map.entry("title", "Verdiepingsdag COC: Zorg voor de aios & opleiders"),
                Map.entry("organiserInstitutionCode", INSTITUTION),
                Map.entry("targetRoles", List.of("programme-director", "supervisor", "resident")),
                Map.entry("date", TODAY.toString()),
                Map.entry("startTime", "13:00"),
                Map.entry("endTime", "17:00"),
                Map.entry("mode", "on-site"),
                Map.entry("location", "Onderwijscentrum UMC E2E"),
                Map.entry("capacity", 50),
                Map.entry(
                        "programme",
                        List.of(
                                Map.of("title", "Inleiding & relevantie thema", "minutes", 15, "format", "lecture"),
                                Map.of("title", "AAV visie", "minutes", 70, "format", "breakout"),
                                Map.of("title", "Pauze", "minutes", 10, "format", "break"),
                                Map.of("title", "Thermometer welzijn aios", "minutes", 60, "format", "plenary"),
                                Map.of("title", "Pauze", "minutes", 5, "format", "break"),
                                Map.of("title", "Leren van ervaringen", "minutes", 45, "format", "breakout"),
                                Map.of("title", "Intermezzo's", "minutes", 15, "format", "intermezzo"),
                                Map.of(
                                        "title",
                                        "Afsluiting: activerende borrel",
                                        "minutes",
                                        20,
                                        "format",
                                        "intermezzo"))));
    }
}
