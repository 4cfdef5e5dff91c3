package nl.opleidingsklimaat.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://opleidingsklimaat.nl/problems/validation")
        URI type,

        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(description = "The request path") String instance,

        @Schema(description = "Quote this when reporting a problem; it is in the server log")
        String correlationId,

        @Schema(description = "For validation errors: one entry per invalid field")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://opleidingsklimaat.nl/problems/";

    /** One invalid field. */
    public record Violation(
            @Schema(example = "email") String field,

            @Schema(example = "must be a well-formed email address")
            String message) {}
}
