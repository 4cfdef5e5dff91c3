package nl.opleidingsklimaat.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a service's OpenAPI document against the platform's REST conventions: every operation under {@code /api}
 * has a summary, a description, a tag and its error responses, every request body has an example, and no response
 * has content without a media type (a generated client would read nothing from it). Returns what
 * is missing, one line per gap, so a test can show them all at once.
 */
public final class OpenApiDocumentation {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiDocumentation() {}

    public static List<String> gaps(String openApiJson) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(openApiJson);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an OpenAPI JSON document", e);
        }
        List<String> gaps = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (METHODS.contains(operation.getKey())) {
                    check(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue(), gaps);
                }
            }
        }
        return gaps;
    }

    private static void check(String name, JsonNode operation, List<String> gaps) {
        if (operation.path("summary").asText().isBlank()) {
            gaps.add(name + ": no summary");
        }
        if (operation.path("description").asText().isBlank()) {
            gaps.add(name + ": no description");
        }
        if (operation.path("tags").isEmpty()) {
            gaps.add(name + ": no tag");
        }
        boolean documentsAnError = false;
        Iterator<String> statuses = operation.path("responses").fieldNames();
        while (statuses.hasNext()) {
            String status = statuses.next();
            documentsAnError |= status.startsWith("4");
            JsonNode content = operation.path("responses").path(status).path("content");
            if (content.isObject() && content.isEmpty()) {
                // what a @Content(schema = ...) without a media type becomes when the resource has no @Produces
                gaps.add(name + ": response " + status + " has content without a media type (add @Produces)");
            }
        }
        if (!documentsAnError) {
            gaps.add(name + ": no 4xx response documented");
        }
        JsonNode body = operation.path("requestBody").path("content");
        if (!body.isMissingNode() && !hasExample(body)) {
            String shown = body.toString();
            gaps.add(name + ": request body without an example: "
                    + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown));
        }
    }

    private static boolean hasExample(JsonNode content) {
        Iterator<JsonNode> mediaTypes = content.elements();
        while (mediaTypes.hasNext()) {
            JsonNode mediaType = mediaTypes.next();
            if (mediaType.has("example")
                    || mediaType.has("examples")
                    || mediaType.path("schema").has("example")) {
                return true;
            }
        }
        return false;
    }
}
