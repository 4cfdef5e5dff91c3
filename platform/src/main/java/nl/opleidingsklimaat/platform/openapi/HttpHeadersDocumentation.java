package nl.opleidingsklimaat.platform.openapi;

import java.math.BigDecimal;
import java.util.Map;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.idempotency.Idempotency;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the headers the platform's filters handle on every operation, so no resource repeats them:
 * {@code Idempotency-Key} on each POST (unless the operation is marked {@link Idempotency#EXTENSION} none),
 * {@code ETag} and {@code If-None-Match}/304 on each GET, and {@code If-Match} with 412 (and 428 where required) on the
 * operations marked {@link Conditional#IF_MATCH}, and the 429 with {@code Retry-After} of the rate limit on every one.
 */
final class HttpHeadersDocumentation {
    private HttpHeadersDocumentation() {}

    static void document(PathItem.HttpMethod method, Operation operation) {
        Map<String, Object> extensions = operation.getExtensions() == null ? Map.of() : operation.getExtensions();
        APIResponses responses = operation.getResponses();
        if (method == PathItem.HttpMethod.POST && !Idempotency.NONE.equals(extensions.get(Idempotency.EXTENSION))) {
            addHeader(
                    operation,
                    Idempotency.KEY_HEADER,
                    false,
                    "A key of the client's choosing (a UUID) that makes a retry safe: the same key with the same request"
                            + " within 24 hours gets the first response again (with `Idempotent-Replayed: true`)"
                            + " instead of doing the work twice; the same key with another request is a 422, and"
                            + " while the first is still running a retry gets 409.",
                    "5f0c6f1e-8d7b-4c39-9d55-1c2b7e4a9f10");
        }
        if (method == PathItem.HttpMethod.GET) {
            addHeader(
                    operation,
                    "If-None-Match",
                    false,
                    "The ETag of the copy the client has: 304 without a body when it is still current.",
                    "\"q3Xv0bS3yA1nR0cJp2Kx7w3d\"");
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader(
                        "ETag",
                        OASFactory.createHeader()
                                .description("The representation's tag: send it as If-None-Match or If-Match")
                                .schema(text()));
            }
            addResponse(responses, "304", "Not modified: the client's copy (If-None-Match) is current");
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse(
                    "429",
                    OASFactory.createAPIResponse()
                            .description("Over the client's rate limit: wait `Retry-After` seconds")
                            .addHeader(
                                    "Retry-After",
                                    OASFactory.createHeader()
                                            .description("Seconds to wait before the next request")
                                            .schema(OASFactory.createSchema()
                                                    .addType(Schema.SchemaType.INTEGER)
                                                    .format("int32")
                                                    .minimum(BigDecimal.ONE)
                                                    .maximum(BigDecimal.valueOf(3600)))));
        }
        Object ifMatch = extensions.get(Conditional.IF_MATCH);
        if (ifMatch != null) {
            boolean required = Conditional.REQUIRED.equals(ifMatch);
            addHeader(
                    operation,
                    "If-Match",
                    required,
                    "The ETag of the client's last GET of what this changes: if someone changed it since, the answer"
                            + " is 412 and nothing changes."
                            + (required ? " Required: without it the answer is 428." : ""),
                    "\"q3Xv0bS3yA1nR0cJp2Kx7w3d\"");
            addResponse(
                    responses, "412", "Changed since the client read it (If-Match no longer matches); nothing changed");
            if (required) {
                addResponse(responses, "428", "If-Match is required for this change");
            }
        }
    }

    private static void addHeader(
            Operation operation, String name, boolean required, String description, String example) {
        if (operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.HEADER)
                .required(required)
                .description(description)
                .schema(text().maxLength(255))
                .example(example));
    }

    private static void addResponse(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
