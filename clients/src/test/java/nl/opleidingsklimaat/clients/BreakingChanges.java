package nl.opleidingsklimaat.clients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a service's OpenAPI document as the build makes it with the committed one (api/), through openapi-diff:
 * whether a client written against the committed document still works against the built one.
 *
 * <p>One rule is added to openapi-diff's: a response property that is gone breaks clients. openapi-diff counts the
 * removal of a property the schema does not list as required as compatible, and the services' response records list
 * none, so without this rule a client that reads a field would break unnoticed.
 */
final class BreakingChanges {
    private BreakingChanges() {}

    /** What changed from the committed document to the built one. */
    record Verdict(boolean breaksClients, boolean changed, String report) {}

    static Verdict compare(String committed, String built) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, built);
        List<String> removed = removedResponseProperties(diff);
        String report = new MarkdownRender().render(diff);
        if (!removed.isEmpty()) {
            report += "\nResponse properties removed (clients reading them break):\n- " + String.join("\n- ", removed);
        }
        return new Verdict(diff.isIncompatible() || !removed.isEmpty(), diff.isDifferent(), report);
    }

    private static List<String> removedResponseProperties(ChangedOpenApi diff) {
        List<String> removed = new ArrayList<>();
        for (ChangedOperation operation : diff.getChangedOperations()) {
            if (operation.getApiResponses() == null) {
                continue;
            }
            operation.getApiResponses().getChanged().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent()
                            .getChanged()
                            .forEach((mediaType, changed) -> collect(
                                    operation.getHttpMethod() + " " + operation.getPathUrl() + " " + status + ": ",
                                    changed.getSchema(),
                                    removed,
                                    Collections.newSetFromMap(new IdentityHashMap<>())));
                }
            });
        }
        return removed;
    }

    private static void collect(String where, ChangedSchema schema, List<String> removed, Set<ChangedSchema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        schema.getMissingProperties().keySet().forEach(name -> removed.add(where + name));
        schema.getChangedProperties().forEach((name, changed) -> collect(where + name + ".", changed, removed, seen));
        collect(where + "[].", schema.getItems(), removed, seen);
    }
}
