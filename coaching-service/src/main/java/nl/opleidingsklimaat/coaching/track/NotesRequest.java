package nl.opleidingsklimaat.coaching.track;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NotesRequest(
        @NotNull @Size(max = 20000) @Schema(example = "Doelen besproken; volgende keer: grenzen stellen.")
        String notes) {}
