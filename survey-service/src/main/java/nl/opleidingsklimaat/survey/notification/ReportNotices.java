package nl.opleidingsklimaat.survey.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import nl.opleidingsklimaat.platform.mail.MailSwitches;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.report.ProgrammeReport;
import nl.opleidingsklimaat.survey.report.ReportsProduced;
import org.jboss.logging.Logger;

/**
 * The mails that say a campaign's reports are ready: owed in the transaction that produced the reports (one per
 * institution to its COC, one per programme to its director), sent afterwards one by one, each in its own
 * transaction that holds the notice's row, so two instances never send the same mail and a mail that could not go out
 * (SMTP down) is tried again later. Addresses and switches are read when the mail goes out.
 */
@ApplicationScoped
public class ReportNotices {
    private static final Logger LOG = Logger.getLogger(ReportNotices.class);
    private static final int PER_RUN = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    MailSwitches switches;

    @Inject
    Mailer mailer;

    @Inject
    ReportMails mails;

    /** Records the mails owed for the reports just produced; runs inside that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void owe(@Observes ReportsProduced produced) {
        UUID campaignId = produced.campaignId();
        List<ProgrammeReport> reports = produced.reports();
        SortedSet<String> institutions = new TreeSet<>();
        for (ProgrammeReport report : reports) {
            ReportNotice.of(campaignId, report.institutionCode, report.programmeCode, ReportMailKinds.TO_DIRECTOR)
                    .persist();
            institutions.add(report.institutionCode);
        }
        for (String institution : institutions) {
            ReportNotice.of(campaignId, institution, ReportNotice.COC, ReportMailKinds.TO_COC)
                    .persist();
        }
    }

    /** Sends (or settles) the owed mails that are due; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        for (int i = 0; i < PER_RUN; i++) {
            Optional<String> outcome = settleNext(OffsetDateTime.now());
            if (outcome.isEmpty()) {
                break;
            }
            if (outcome.get().equals("sent")) {
                sent++;
            }
        }
        return sent;
    }

    /** Takes the next due notice no other instance holds; empty when none is due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<String> settleNext(OffsetDateTime now) {
        List<?> keys = entityManager.createNativeQuery("""
                        SELECT campaign_id, institution_code, programme_code FROM report_notice
                        WHERE settled_at IS NULL AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""").setParameter(1, now).getResultList();
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Object[] key = (Object[]) keys.get(0);
        ReportNotice.Key id = new ReportNotice.Key();
        id.campaignId = (UUID) key[0];
        id.institutionCode = (String) key[1];
        id.programmeCode = (String) key[2];
        ReportNotice notice = ReportNotice.findById(id);
        if (!switches.enabled(notice.institutionCode, notice.kind)) {
            notice.settle("switched-off", now);
            return Optional.of(notice.outcome);
        }
        Optional<ReportMail> mail = compose(notice);
        if (mail.isEmpty()) {
            notice.withoutAddress(now);
            return Optional.of(notice.outcome == null ? "awaiting-address" : notice.outcome);
        }
        try {
            mailer.send(Mail.withText(
                    mail.get().to(), mail.get().subject(), mail.get().text()));
            notice.settle("sent", now);
        } catch (RuntimeException e) {
            notice.failed(now);
            LOG.warnf(
                    "Could not send the %s mail of campaign %s (attempt %d%s): %s",
                    notice.kind,
                    notice.campaignId,
                    notice.attempts,
                    notice.settledAt == null ? ", will try again" : ", given up",
                    e.getMessage());
        }
        return Optional.of(notice.outcome == null ? "retry" : notice.outcome);
    }

    private Optional<ReportMail> compose(ReportNotice notice) {
        Campaign campaign = Campaign.findById(notice.campaignId);
        if (notice.forCoc()) {
            return Optional.ofNullable(CocMailbox.<CocMailbox>findById(notice.institutionCode))
                    .map(box -> mails.toCoc(
                            box.email,
                            campaign,
                            notice.institutionCode,
                            ProgrammeReport.list(
                                    "campaignId = ?1 and institutionCode = ?2 order by programmeCode",
                                    notice.campaignId,
                                    notice.institutionCode)));
        }
        return Optional.ofNullable(DirectorAddress.<DirectorAddress>findById(notice.programmeCode))
                .filter(address -> address.institutionCode.equals(notice.institutionCode))
                .map(address -> mails.toDirector(
                        address.email,
                        campaign,
                        ProgrammeReport.findById(new ProgrammeReport.Key(notice.campaignId, notice.programmeCode))));
    }
}
