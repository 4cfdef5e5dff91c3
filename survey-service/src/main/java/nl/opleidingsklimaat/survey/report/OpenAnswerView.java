package nl.opleidingsklimaat.survey.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One answer to an open question, with the question's item code; sorted, never in the order given. The programme side
 * reads item and text only (the text as the COC left it); the COC also reads the answer's id (for redactions), the
 * flags of what may identify someone, and what the programme side is shown instead, if the COC redacted it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OpenAnswerView(
        @Schema(description = "Opaque id of the answer, for the COC's redactions")
        UUID id,

        String item,

        @Schema(
                description =
                        "The theme (domain code) of the question; open questions of a version since 2026.2 belong to a theme")
        String domain,

        String text,

        @Schema(description = "What may identify someone: email-address, phone-number")
        List<String> flags,

        @Schema(description = "What the programme side reads instead (COC only)")
        String shownToProgrammeAs) {

    static OpenAnswerView forProgrammeSide(String item, String domain, String text) {
        return new OpenAnswerView(null, item, domain, text, List.of(), null);
    }
}
