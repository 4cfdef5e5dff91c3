package nl.opleidingsklimaat.platform.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
/** Whether a kind of mail is sent for an institution. */
public record MailSwitchView(
        @Schema(example = "LUMC") String institutionCode,
        @Schema(example = "overdue-actions-digest") String kind,

        @Schema(example = "Wekelijks overzicht van verbeteracties over de einddatum, aan hun eigenaar")
        String description,

        boolean enabled,

        @Schema(description = "True while the institution never set the switch: the kind's default applies")
        boolean byDefault,

        @Schema(description = "When the switch was last set; left out while the default applies")
        OffsetDateTime changedAt,

        @Schema(description = "Who last set it (the token's person reference)", example = "coc-lumc-secretaris")
        String changedBy) {}
