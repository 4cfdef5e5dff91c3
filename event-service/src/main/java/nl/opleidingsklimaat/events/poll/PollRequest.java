package nl.opleidingsklimaat.events.poll;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PollRequest")
public record PollRequest(
        @NotBlank @Size(max = 500) @Schema(example = "Hoe vitaal voel jij je deze maand?")
        String question,

        @NotNull PollType type,

        @Size(max = 12) @Schema(description = "Multiple choice: 2-12 options")
        List<@NotBlank @Size(max = 200) String> options,

        @Min(0) @Max(100) @Schema(description = "Scale: lowest value", example = "1")
        Integer scaleMin,

        @Min(1) @Max(100) @Schema(description = "Scale: highest value", example = "10")
        Integer scaleMax,

        @Size(max = 12)
        @Schema(
                description =
                        "Multiple choice: makes the poll a quiz; its correct option(s), each one of the options. Shown "
                                + "on the results, the room's screen and the phone only once the poll is closed")
        List<@NotBlank @Size(max = 200) String> correctOptions) {}
