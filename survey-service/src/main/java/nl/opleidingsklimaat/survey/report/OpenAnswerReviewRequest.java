package nl.opleidingsklimaat.survey.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The COC's review of a programme's open answers: the answers to redact; every other answer is shown as given. */
public record OpenAnswerReviewRequest(@Size(max = 2000) List<@NotNull @Valid Redaction> redactions) {

    /** One answer redacted: replaced by the COC's own text (e.g. with a name left out), or removed. */
    public record Redaction(
            @NotNull UUID answerId,

            @Schema(description = "The text the programme side reads instead") @Size(min = 1, max = 2000)
            String replacement,

            @Schema(description = "true: the programme side reads '[verwijderd door de COC]'")
            Boolean remove) {

        boolean removes() {
            return Boolean.TRUE.equals(remove);
        }
    }

    List<Redaction> redactionsOrEmpty() {
        return redactions == null ? List.of() : redactions;
    }
}
