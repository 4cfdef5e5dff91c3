package nl.opleidingsklimaat.survey.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The invited residents of a campaign, imported all-or-nothing. */
public record InvitationImportRequest(
        @NotNull @Size(min = 1, max = InvitationImport.MAX_ROWS)
        List<InvitationRow> invitations) {}
