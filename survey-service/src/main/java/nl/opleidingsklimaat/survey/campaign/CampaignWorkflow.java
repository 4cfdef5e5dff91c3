package nl.opleidingsklimaat.survey.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.opleidingsklimaat.survey.invitation.InvitationMailer;
import nl.opleidingsklimaat.survey.report.ReportService;

/**
 * Runs the steps of a campaign that span more than one transaction: mails go out after the tokens are committed,
 * reports are produced after the campaign is closed. Used by the REST resource and by the scheduler.
 */
@ApplicationScoped
public class CampaignWorkflow {
    @Inject
    CampaignService campaigns;

    @Inject
    InvitationMailer mailer;

    @Inject
    ReportService reports;

    public void open(UUID id) {
        mailer.send(campaigns.open(id));
    }

    public void close(UUID id) {
        campaigns.close(id);
        reports.produce(id);
    }

    /** What is due for one campaign on {@code today}: opening, reminders, closing after the window, reports. */
    public void advance(UUID id, LocalDate today) {
        Campaign campaign = campaigns.current(id);
        if (campaign.opensBy(today)) {
            open(id);
        } else if (campaign.closesBy(today)) {
            close(id);
        } else if (campaign.acceptsAnswers()) {
            mailer.send(campaigns.remindersDue(id, today));
        } else if (campaign.awaitsReports()) {
            reports.produce(id);
        }
    }
}
