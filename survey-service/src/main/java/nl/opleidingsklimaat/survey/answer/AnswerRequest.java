package nl.opleidingsklimaat.survey.answer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resident's answers: one entry per item answered. */
public record AnswerRequest(@NotNull @Size(max = 300) List<@NotNull @Valid Answer> answers) {

    /** A numeric value on the item's scale, or notApplicable=true (where allowed), or a text (open questions). */
    public record Answer(
            @NotBlank @Size(max = 30) String item,

            @Schema(description = "Likert/frequency 1-5, yes/no 0-1")
            Integer value,

            @Schema(description = "'Niet van toepassing', where the item allows it")
            Boolean notApplicable,

            @Schema(description = "Answer to an open question") @Size(max = 10000)
            String text) {

        boolean isNotApplicable() {
            return Boolean.TRUE.equals(notApplicable);
        }
    }
}
