package nl.opleidingsklimaat.events.poll;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PollAnswerRequest", description = "Give option (multiple choice), value (scale) or text (word cloud)")
public record PollAnswerRequest(
        @Size(max = 200) @Schema(example = "Goed") String option,
        @Schema(example = "7") Integer value,
        @Size(max = 40) @Schema(example = "veerkracht") String text) {}
