package nl.opleidingsklimaat.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    @Test
    void everyApiOperationDocumentsAnUnexpectedErrorAsAProblem() {
        Operation get = OASFactory.createOperation().operationId("CampaignResource_get");
        OpenAPI document = document("/api/campaigns/{id}", get, "id");

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertThat(get.getResponses().getAPIResponse("500")).isNotNull();
        assertThat(get.getResponses()
                        .getAPIResponse("500")
                        .getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef())
                .isEqualTo(ProblemResponsesFilter.PROBLEM_SCHEMA);
    }

    @Test
    void operationsAreNamedAfterTheResourceAndItsMethodWithoutTheWordResource() {
        Operation get = OASFactory.createOperation().operationId("PlanResource_updateAction");
        OpenAPI document = document("/api/improvement-plans/{id}/actions/{actionId}", get, "id", "actionId");

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertThat(get.getOperationId()).isEqualTo("planUpdateAction");
    }

    @Test
    void aShortNameAlreadyTakenKeepsTheLongOne() {
        Set<String> taken = new HashSet<>();

        assertThat(ProblemResponsesFilter.shortOperationId("PlanResource_get", taken))
                .isEqualTo("planGet");
        assertThat(ProblemResponsesFilter.shortOperationId("PlanResource_get", taken))
                .isEqualTo("PlanResource_get");
    }

    @Test
    void anUndescribedPathParameterNamesWhatItPicksOut() {
        Operation get = OASFactory.createOperation();
        OpenAPI document = document("/api/improvement-plans/{id}/actions/{actionId}", get, "id", "actionId");

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertThat(get.getParameters())
                .filteredOn(parameter -> parameter.getIn() == Parameter.In.PATH)
                .extracting(Parameter::getDescription)
                .containsExactly("Which of the `improvement-plans` (its id)", "Which of the `actions` (its actionId)");
        assertThat(get.getParameters())
                .filteredOn(parameter -> parameter.getIn() == Parameter.In.HEADER)
                .extracting(Parameter::getName)
                .containsExactly("If-None-Match");
    }

    @Test
    void theDocumentHasOneRelativeServerForEveryEnvironment() {
        OpenAPI document = document("/api/campaigns", OASFactory.createOperation());
        document.addServer(OASFactory.createServer().url("http://0.0.0.0:8081"));

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertThat(document.getServers()).singleElement().satisfies(server -> {
            assertThat(server.getUrl()).isEqualTo("/");
            assertThat(server.getExtensions()).containsEntry("x-internal", false);
        });
    }

    private static OpenAPI document(String path, Operation get, String... pathParameters) {
        for (String name : pathParameters) {
            get.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH));
        }
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(path, OASFactory.createPathItem().GET(get)))
                .servers(List.of());
    }
}
