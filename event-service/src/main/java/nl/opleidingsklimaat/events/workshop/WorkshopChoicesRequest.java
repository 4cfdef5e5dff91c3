package nl.opleidingsklimaat.events.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopChoicesRequest")
public record WorkshopChoicesRequest(
        @NotEmpty @Size(max = 10) List<@NotNull @Valid RoundChoice> rounds) {}
