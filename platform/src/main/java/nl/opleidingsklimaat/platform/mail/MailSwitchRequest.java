package nl.opleidingsklimaat.platform.mail;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MailSwitchRequest(
        @NotNull @Schema(description = "Send this kind of mail for the institution", example = "false")
        Boolean enabled) {}
