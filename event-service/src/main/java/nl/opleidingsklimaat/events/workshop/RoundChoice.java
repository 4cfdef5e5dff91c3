package nl.opleidingsklimaat.events.workshop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoundChoice")
public record RoundChoice(
        @NotNull UUID roundId,

        @NotEmpty
        @Size(max = 20)
        @Schema(description = "Workshop codes of this round, most wanted first", example = "[\"W2\",\"W1\",\"W3\"]")
        List<@NotBlank String> ranked) {}
