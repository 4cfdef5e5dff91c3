package nl.opleidingsklimaat.platform.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes the error responses every operation shares once, for all four services (registered as
 * {@code mp.openapi.filter}): every error response is {@code application/problem+json} with the {@code Problem}
 * schema, and every operation under {@code /api} documents 401 and 403 when it needs a token, 400 when it takes
 * input, 404 when its path names something, and 500 (an unexpected error, answered as a problem with the correlation
 * id that finds it in the server log). A resource declares only the responses particular to it (a 409 with its
 * reason, a 404 with a better description), without content: this filter fills it in. The HTTP headers the platform
 * handles for every operation (Idempotency-Key, ETag, If-None-Match, If-Match, 429) are documented by
 * {@link HttpHeadersDocumentation}.
 *
 * <p>It names operations after the resource and its method, without the word "resource"
 * ({@code CampaignResource_create}, as the scanner's CLASS_METHOD strategy gives it, becomes {@code campaignCreate}):
 * stable, unique in a service, and what a generated client calls its method.
 *
 * <p>It also gives the document its one server: the relative {@code /}, the service's own address in every
 * environment, so that Swagger UI and a generated client talk to where the document came from.
 */
public class ProblemResponsesFilter implements OASFilter {
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Pattern RESOURCE_METHOD = Pattern.compile("([A-Za-z0-9]+)Resource_([A-Za-z0-9]+)");
    static final String SERVER_DESCRIPTION = "This service, at the address it is reached on: production, test, or local"
            + " (bin/start serves it on http://localhost:8081-8084)";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemSchema(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer()
                .url("/")
                .description(SERVER_DESCRIPTION)
                .addExtension("x-internal", false)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> operationIds = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().forEach((method, operation) -> {
                if (operation.getOperationId() != null) {
                    operation.setOperationId(shortOperationId(operation.getOperationId(), operationIds));
                }
            });
            if (path.startsWith("/api")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    /** {@code PlanResource_updateAction} becomes {@code planUpdateAction}, unless that name is taken already. */
    static String shortOperationId(String operationId, Set<String> taken) {
        Matcher name = RESOURCE_METHOD.matcher(operationId);
        String shorter = name.matches()
                ? Character.toLowerCase(name.group(1).charAt(0))
                        + name.group(1).substring(1)
                        + Character.toUpperCase(name.group(2).charAt(0))
                        + name.group(2).substring(1)
                : operationId;
        String chosen = taken.add(shorter) ? shorter : operationId;
        taken.add(chosen);
        return chosen;
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        describePathParameters(path, operation);
        boolean needsToken =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.PATH));
        addIfAbsent(
                responses,
                takesInput,
                "400",
                "Invalid request: `detail` says what, and `violations` name each invalid field");
        addIfAbsent(responses, needsToken, "401", "No token, or an invalid or expired one");
        addIfAbsent(responses, needsToken, "403", "The token's role may not do this");
        addIfAbsent(
                responses,
                path.contains("{"),
                "404",
                "Not found, or outside the caller's scope (which is not told apart)");
        addIfAbsent(
                responses,
                true,
                "500",
                "Unexpected error: quote the problem's `correlationId`, which finds it in the server log");
        HttpHeadersDocumentation.document(method, operation);
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(response);
            }
        });
    }

    /** A path parameter the resource did not describe names one of the things of the path segment before it. */
    private static void describePathParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        List<String> segments = List.of(path.split("/"));
        for (Parameter parameter : operation.getParameters()) {
            int at = segments.indexOf("{" + parameter.getName() + "}");
            if (parameter.getIn() == Parameter.In.PATH
                    && (parameter.getDescription() == null
                            || parameter.getDescription().isBlank())
                    && at > 0) {
                parameter.setDescription(
                        "Which of the `" + segments.get(at - 1) + "` (its " + parameter.getName() + ")");
            }
        }
    }

    private static void addIfAbsent(APIResponses responses, boolean applies, String status, String description) {
        if (applies && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** The response's body is a problem, whatever the resource wrote about it. */
    private static void asProblem(APIResponse response) {
        MediaType problem =
                response.getContent() == null ? null : response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
            response.setContent(content);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        }
    }

    /** RFC 9457 problem details as the platform serves them ({@link Problem}). */
    private static void addProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey("Problem")) {
            return;
        }
        Schema violation = object("One invalid field")
                .addProperty("field", text("email", "The field's path"))
                .addProperty("message", text("must be a well-formed email address", "What is wrong with it"));
        Schema problem = object("RFC 9457 problem details")
                .addProperty(
                        "type",
                        text("https://opleidingsklimaat.nl/problems/validation", "The kind of problem")
                                .format("uri"))
                .addProperty("title", text("Invalid request", null))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .examples(List.of(400)))
                .addProperty("detail", text("2 fields are invalid", null))
                .addProperty("instance", text("/api/campaigns", "The request path"))
                .addProperty(
                        "correlationId",
                        text(
                                "3f1c9a52-5d7e-4f0e-9a4c-2b8e1f6d7c10",
                                "Quote this when reporting a problem; it is in the server log"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(violation)
                                .description("For validation errors: one entry per invalid field"));
        openAPI.getComponents().addSchema("Problem", problem);
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema text(String example, String description) {
        Schema schema =
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of(example));
        return description == null ? schema : schema.description(description);
    }
}
