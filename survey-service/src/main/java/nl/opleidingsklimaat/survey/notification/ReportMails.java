package nl.opleidingsklimaat.survey.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.opleidingsklimaat.platform.organisation.OrganisationDirectory;
import nl.opleidingsklimaat.platform.security.Roles;
import nl.opleidingsklimaat.survey.SurveyConfig;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.report.ProgrammeReport;
import nl.opleidingsklimaat.survey.report.ReportAccess;

/**
 * The Dutch texts of the report mails. They carry no figure of any report (a mailbox is no place for them): only that
 * reports are ready, how many programmes have one, and where to read them; a director whose programme stayed under
 * the threshold reads that there is no report and why, which the report list tells them too.
 */
@ApplicationScoped
class ReportMails {
    @Inject
    OrganisationDirectory directory;

    @Inject
    SurveyConfig config;

    ReportMail toCoc(String to, Campaign campaign, String institutionCode, List<ProgrammeReport> reports) {
        Instrument instrument = campaign.instrument();
        long released = reports.stream().filter(r -> r.released).count();
        long withheld = reports.size() - released;
        String institution =
                directory.institution(institutionCode).map(i -> i.name).orElse(institutionCode);
        String subject = "Rapportages klaar: %s - %s".formatted(campaign.name, institution);
        String text = """
                Beste COC,

                De campagne "%s" (%s) is gesloten en de rapportages van %s staan klaar: %s.

                %s
                Open antwoorden leest de opleiding pas nadat de COC ze heeft doorgenomen; u vindt ze per opleiding bij \
                het rapport, met de antwoorden die iets over een persoon kunnen zeggen gemarkeerd.

                Het overzicht van alle opleidingen van uw instelling (PDF) en de rapporten per opleiding vindt u %s

                Deze e-mail bevat bewust geen uitkomsten.
                """.formatted(
                        campaign.name,
                        instrument.name,
                        institution,
                        programmes(reports.size()),
                        withheldSentence(released, withheld, campaign.threshold),
                        where("campagne " + campaign.id + ", instelling " + institutionCode));
        return new ReportMail(to, subject, text);
    }

    ReportMail toDirector(String to, Campaign campaign, ProgrammeReport report) {
        Instrument instrument = campaign.instrument();
        String programme =
                directory.programme(report.programmeCode).map(p -> p.name).orElse(report.programmeCode);
        boolean directorReads =
                ReportAccess.audiences(instrument.kind, report.released).contains(Roles.PROGRAMME_DIRECTOR);
        if (directorReads) {
            return new ReportMail(to, "Rapport klaar: %s - %s".formatted(campaign.name, programme), """
                    Beste opleider,

                    Het rapport van %s uit de %s "%s" staat klaar.

                    U vindt het %s

                    De open antwoorden volgen zodra de COC van uw instelling ze heeft doorgenomen. Bespreek de \
                    uitkomsten met uw opleidingsgroep en de aios, en maak samen met de onderwijskundige van de OOR \
                    een verbeterplan met concrete acties.

                    Deze e-mail bevat bewust geen uitkomsten.
                    """.formatted(
                            programme,
                            instrument.name,
                            campaign.name,
                            where("campagne " + campaign.id + ", opleiding " + report.programmeCode)));
        }
        return new ReportMail(to, "Geen rapport: %s - %s".formatted(campaign.name, programme), """
                Beste opleider,

                Voor %s is er uit de %s "%s" geen rapport: minder dan %d aios van uw opleiding hebben de vragenlijst \
                ingevuld. Zo blijven hun antwoorden anoniem.

                De COC van uw instelling en de onderwijskundige van de OOR ontvangen de rapportage wel; zij kunnen de \
                uitkomsten met u bespreken. Bij de volgende meting helpt het als u de aios vraagt de vragenlijst in te \
                vullen.
                """.formatted(
                        programme, instrument.name, campaign.name, campaign.threshold));
    }

    private static String programmes(int count) {
        return count == 1 ? "1 opleiding" : count + " opleidingen";
    }

    private static String withheldSentence(long released, long withheld, int threshold) {
        if (withheld == 0) {
            return "Alle opleidingen hebben een rapport; hun opleiders kunnen het nu lezen.\n";
        }
        return """
                %s een rapport dat de opleider kan lezen; %s minder dan %d respondenten. %s geen \
                rapport, de COC wel.
                """.formatted(
                        released == 1 ? "1 opleiding heeft" : released + " opleidingen hebben",
                        withheld == 1 ? "1 opleiding had" : withheld + " opleidingen hadden",
                        threshold,
                        withheld == 1 ? "Die opleider krijgt" : "Die opleiders krijgen");
    }

    private String where(String what) {
        Optional<String> url = config.links().reportsUrl();
        return url.map(u -> "op " + u + " (" + what + ").")
                .orElse("in de survey-service, via de API of Swagger UI (" + what + ").");
    }
}
