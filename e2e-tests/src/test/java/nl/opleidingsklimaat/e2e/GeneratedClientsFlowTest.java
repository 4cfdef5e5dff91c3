package nl.opleidingsklimaat.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.opleidingsklimaat.clients.quality.api.ImprovementPlansApi;
import nl.opleidingsklimaat.clients.quality.api.RegistryBulkImportApi;
import nl.opleidingsklimaat.clients.quality.api.RegistryRegionsApi;
import nl.opleidingsklimaat.clients.quality.model.ActionStatus;
import nl.opleidingsklimaat.clients.quality.model.ActionUpdate;
import nl.opleidingsklimaat.clients.quality.model.ActionView;
import nl.opleidingsklimaat.clients.quality.model.InstitutionRow;
import nl.opleidingsklimaat.clients.quality.model.NewRegion;
import nl.opleidingsklimaat.clients.quality.model.PlanDetails;
import nl.opleidingsklimaat.clients.quality.model.PlanState;
import nl.opleidingsklimaat.clients.quality.model.PlanSummary;
import nl.opleidingsklimaat.clients.quality.model.ProgrammeRow;
import nl.opleidingsklimaat.clients.quality.model.RegionStructure;
import nl.opleidingsklimaat.clients.quality.model.SpecialtyRow;
import nl.opleidingsklimaat.clients.quality.model.SubjectType;
import nl.opleidingsklimaat.clients.survey.ApiResponse;
import nl.opleidingsklimaat.clients.survey.api.AnswersApi;
import nl.opleidingsklimaat.clients.survey.api.CampaignsApi;
import nl.opleidingsklimaat.clients.survey.api.InvitationsApi;
import nl.opleidingsklimaat.clients.survey.api.ReportsApi;
import nl.opleidingsklimaat.clients.survey.model.Answer;
import nl.opleidingsklimaat.clients.survey.model.AnswerRequest;
import nl.opleidingsklimaat.clients.survey.model.CampaignRequest;
import nl.opleidingsklimaat.clients.survey.model.CampaignState;
import nl.opleidingsklimaat.clients.survey.model.CampaignView;
import nl.opleidingsklimaat.clients.survey.model.InvitationImportRequest;
import nl.opleidingsklimaat.clients.survey.model.InvitationRow;
import nl.opleidingsklimaat.clients.survey.model.Option;
import nl.opleidingsklimaat.clients.survey.model.Question;
import nl.opleidingsklimaat.clients.survey.model.QuestionnaireView;
import nl.opleidingsklimaat.clients.survey.model.ReportStatus;
import nl.opleidingsklimaat.clients.survey.model.ReportView;
import nl.opleidingsklimaat.clients.survey.model.Scale;
import nl.opleidingsklimaat.clients.survey.model.Section;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The central flow as a hospital system would drive it: only through the Java clients generated from the committed
 * OpenAPI documents (api/, the clients module), no hand-written HTTP. The registry feeds the survey service; a
 * campaign with four respondents releases its report; the report becomes a draft improvement plan, whose action the
 * hospital's system then gives an owner and a due date. Its own region and codes, apart from CentralFlowTest's.
 */
@ExtendWith(RunningPlatform.class)
class GeneratedClientsFlowTest {
    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final String REGION = "OOR-CLIENT";
    private static final String INSTITUTION = "CLI-UMC";
    private static final String PROGRAMME = "CLI-UMC-INT";
    private static final int RESIDENTS = 4;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void aHospitalSystemDrivesTheCentralFlowThroughTheGeneratedClients() throws Exception {
        new RegistryRegionsApi(quality(TestTokens.referenceData()))
                .regionRegister(new NewRegion().code(REGION).name("OOR Generated clients"), null);
        new RegistryBulkImportApi(quality(TestTokens.systemOfRegion(REGION)))
                .regionStructureImportCsv(REGION, structure(), null);

        CampaignsApi campaigns = new CampaignsApi(survey(TestTokens.coordinator(REGION)));
        CampaignRequest newCampaign = new CampaignRequest()
                .name("Opleidingsmonitor generated clients")
                .instrumentCode("opleidingsmonitor")
                .instrumentVersion("2026.1")
                .regionCode(REGION)
                .opensOn(TODAY.plusDays(1))
                .closesOn(TODAY.plusDays(21))
                .threshold(4);
        String createKey = UUID.randomUUID().toString();
        // the programme reaches survey-service through quality.v1; until then the region is unknown there
        UUID campaign = eventually(
                        "survey knows the region's programme", () -> campaigns.campaignCreate(newCampaign, createKey))
                .getId();
        // the system's retry after a lost answer gets the same campaign, and no second one is made
        ApiResponse<CampaignView> retried = campaigns.campaignCreateWithHttpInfo(newCampaign, createKey);
        assertThat(retried.getData().getId()).isEqualTo(campaign);
        assertThat(header(retried.getHeaders(), "Idempotent-Replayed")).isEqualTo("true");
        List<InvitationRow> invitations = new ArrayList<>();
        for (int i = 1; i <= RESIDENTS; i++) {
            invitations.add(new InvitationRow().email(email(i)).programmeCode(PROGRAMME));
        }
        assertThat(new InvitationsApi(survey(TestTokens.coordinator(REGION)))
                        .invitationImportCsv(campaign, new InvitationImportRequest().invitations(invitations), null)
                        .getImported())
                .isEqualTo(RESIDENTS);
        assertThat(campaigns.campaignOpen(campaign, null, null).getState()).isEqualTo(CampaignState.OPEN);

        AnswersApi answers = new AnswersApi(survey(null)); // the resident's link is the only credential
        for (int i = 1; i <= RESIDENTS; i++) {
            String link = Mailbox.latestToken(email(i)).orElseThrow();
            answers.answerSubmit(link, answersTo(answers.answerQuestionnaire(link, null), i), null);
        }
        assertThat(campaigns.campaignClose(campaign, null, null).getState())
                .isIn(CampaignState.CLOSED, CampaignState.REPORTED);

        ReportView report =
                new ReportsApi(survey(TestTokens.director(PROGRAMME))).reportRead(campaign, PROGRAMME, null);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.RELEASED);
        assertThat(report.getRespondents()).isEqualTo(RESIDENTS);
        assertThat(report.getAttentionPoints()).isNotEmpty();

        ImprovementPlansApi plans = new ImprovementPlansApi(quality(TestTokens.systemOfInstitution(INSTITUTION)));
        PlanSummary draft = eventually(
                "the released report becomes a draft plan",
                () -> plans.planList(null, 0, 20, null, PROGRAMME, SubjectType.PROGRAMME, null).getItems().stream()
                        .findFirst()
                        .orElseThrow());
        assertThat(draft.getState()).isEqualTo(PlanState.PLAN);
        PlanDetails details = plans.planGet(draft.getId(), null);
        assertThat(details.getActions()).hasSameSizeAs(report.getAttentionPoints());

        ActionView action = details.getActions().get(0);
        // a change names the version it changes: the ETag of the action as read
        String asRead = header(
                plans.planActionWithHttpInfo(action.getId(), draft.getId(), null)
                        .getHeaders(),
                "ETag");
        ActionView changed = plans.planUpdateAction(
                action.getId(),
                draft.getId(),
                asRead,
                new ActionUpdate()
                        .what(action.getWhat())
                        .ownerReference("hr-system/person-4711")
                        .dueDate(TODAY.plusMonths(3))
                        .status(ActionStatus.IN_PROGRESS));
        assertThat(changed.getOwnerReference()).isEqualTo("hr-system/person-4711");
        assertThat(plans.planGet(draft.getId(), null).getActions())
                .filteredOn(a -> a.getId().equals(action.getId()))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
                    assertThat(a.getDueDate()).isEqualTo(TODAY.plusMonths(3));
                });
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().get(0))
                .findFirst()
                .orElse(null);
    }

    /** Every item answered: supervision high, education and organisation low (attention points), the rest 4. */
    private static AnswerRequest answersTo(QuestionnaireView questionnaire, int resident) {
        AnswerRequest request = new AnswerRequest();
        for (Section section : questionnaire.getSections()) {
            for (Question question : section.getQuestions()) {
                if (question.getScale() == Scale.OPEN_TEXT) {
                    request.addAnswersItem(new Answer().item(question.getItem()).text("Antwoord " + resident));
                    continue;
                }
                int wanted = question.getItem().startsWith("BS-")
                        ? 5
                        : question.getItem().startsWith("OO-") ? 2 : 4;
                List<Integer> values =
                        question.getOptions().stream().map(Option::getValue).toList();
                request.addAnswersItem(new Answer()
                        .item(question.getItem())
                        .value(values.contains(wanted) ? wanted : values.get(values.size() - 1)));
            }
        }
        return request;
    }

    private static RegionStructure structure() {
        return new RegionStructure()
                .addInstitutionsItem(new InstitutionRow().code(INSTITUTION).name("UMC Generated clients"))
                .addSpecialtiesItem(new SpecialtyRow().code("CLI-INT").name("Interne geneeskunde"))
                .addProgrammesItem(new ProgrammeRow()
                        .code(PROGRAMME)
                        .name("Interne geneeskunde UMC Generated clients")
                        .specialtyCode("CLI-INT")
                        .institutionCode(INSTITUTION)
                        .directorReference("director-cli-umc-int"));
    }

    private static nl.opleidingsklimaat.clients.quality.ApiClient quality(String token) {
        nl.opleidingsklimaat.clients.quality.ApiClient client = new nl.opleidingsklimaat.clients.quality.ApiClient();
        client.updateBaseUri(RunningPlatform.url(Service.QUALITY));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static nl.opleidingsklimaat.clients.survey.ApiClient survey(String token) {
        nl.opleidingsklimaat.clients.survey.ApiClient client = new nl.opleidingsklimaat.clients.survey.ApiClient();
        client.updateBaseUri(RunningPlatform.url(Service.SURVEY));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String email(int i) {
        return "aios" + i + ".cli-umc-int@clients.example.org";
    }

    /** Retries a call that fails until an event has propagated, then returns its result. */
    private static <T> T eventually(String what, Callable<T> call) {
        List<T> result = new ArrayList<>();
        await(what)
                .atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> {
                    result.add(call.call());
                    return true;
                });
        return result.get(result.size() - 1);
    }
}
