package nl.opleidingsklimaat.events.trainingevent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A take-home message the organiser records after a session. */
@Schema(name = "TakeHomeMessage")
public record TakeHomeMessage(@NotBlank @Size(max = 1000) String message) {}
