package nl.opleidingsklimaat.events.trainingevent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole programme of an event, in running order. */
@Schema(name = "ProgrammeRequest")
public record ProgrammeRequest(@NotEmpty @Size(max = 60) List<@NotNull @Valid ProgrammeItem> items) {}
