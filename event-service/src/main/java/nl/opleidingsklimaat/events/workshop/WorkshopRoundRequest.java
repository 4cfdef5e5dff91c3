package nl.opleidingsklimaat.events.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopRoundRequest")
public record WorkshopRoundRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Workshopronde 1")
        String title,

        @NotEmpty @Size(max = 20) List<@NotNull @Valid Workshop> workshops) {}
