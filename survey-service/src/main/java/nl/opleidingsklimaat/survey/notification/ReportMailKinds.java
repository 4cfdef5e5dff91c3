package nl.opleidingsklimaat.survey.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.opleidingsklimaat.platform.mail.MailKind;

/** The kinds of mail this service sends about reports, switchable per institution (platform.mail). */
@ApplicationScoped
public class ReportMailKinds {
    public static final String TO_COC = "reports-ready-coc";
    public static final String TO_DIRECTOR = "report-ready-director";

    @Produces
    static final MailKind REPORTS_READY_COC =
            new MailKind(TO_COC, "De rapportages van een campagne staan klaar, aan de COC van de instelling", true);

    @Produces
    static final MailKind REPORT_READY_DIRECTOR = new MailKind(
            TO_DIRECTOR,
            "Het rapport van de opleiding staat klaar (of er is geen rapport onder de drempel), aan de opleider",
            true);
}
