package nl.opleidingsklimaat.survey.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole set of an institution's report recipients; it replaces the earlier set. */
public record ReportRecipientsRequest(
        @Schema(
                description =
                        "The COC's mailbox (preferably a shared one, e.g. the COC secretariat); none: no COC mail")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a well-formed e-mail address")
        @Size(max = 254)
        String cocMailbox,

        @Schema(description = "Directors' addresses by programme of the institution; a programme left out gets no mail")
        @NotNull
        @Size(max = 500)
        List<@NotNull @Valid DirectorAddressRow> directors) {}
