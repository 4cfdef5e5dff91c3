package nl.opleidingsklimaat.quality.digest;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.platform.mail.MailSwitches;
import nl.opleidingsklimaat.quality.registry.Institution;
import org.jboss.logging.Logger;

/**
 * The weekly digest of overdue improvement actions, one mail per owner address and institution, in Dutch. Each
 * institution gets it at most once a week, also with several instances: the week is claimed in {@code digest_run}
 * before the mails go out; an institution whose COC switched it off gets none.
 */
@ApplicationScoped
public class OverdueDigest {
    private static final Logger LOG = Logger.getLogger(OverdueDigest.class);

    @Inject
    DigestSettings settings;

    @Inject
    MailSwitches switches;

    @Inject
    Mailer mailer;

    @Inject
    EntityManager entityManager;

    @Inject
    DigestClaims claims;

    /**
     * Sends this week's digests that are due at {@code now}: from the configured day and time of the week on. Returns
     * the number of mails sent.
     */
    public int sendDue(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(settings.zone());
        ZonedDateTime due = local.toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(settings.day()))
                .atTime(settings.time())
                .atZone(settings.zone());
        if (local.isBefore(due)) {
            return 0;
        }
        String week = local.get(IsoFields.WEEK_BASED_YEAR) + "-W" + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int sent = 0;
        for (String institution : institutionsWithOverdueActions(local.toLocalDate())) {
            if (!switches.enabled(institution, OverdueDigestKind.CODE)) {
                continue;
            }
            if (!claims.claim(institution, week)) {
                continue; // another instance, or an earlier run, sent this week's digest
            }
            for (DigestMail mail : mails(institution, local.toLocalDate())) {
                try {
                    mailer.send(Mail.withText(mail.to(), mail.subject(), mail.body()));
                    sent++;
                } catch (RuntimeException e) {
                    // one address that fails must not keep the others from their digest
                    LOG.warnf("Could not send the overdue-actions digest of %s: %s", institution, e.getMessage());
                }
            }
        }
        return sent;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<String> institutionsWithOverdueActions(LocalDate today) {
        return entityManager
                .createQuery(
                        "select distinct p.institutionCode from PlanAction a, ImprovementPlan p where a.planId = p.id"
                                + " and p.state <> nl.opleidingsklimaat.quality.plan.PlanState.CLOSED"
                                + " and a.status in (nl.opleidingsklimaat.quality.plan.ActionStatus.OPEN,"
                                + " nl.opleidingsklimaat.quality.plan.ActionStatus.IN_PROGRESS)"
                                + " and a.dueDate < :today and a.ownerEmail is not null and p.institutionCode is not null",
                        String.class)
                .setParameter("today", today)
                .getResultList();
    }

    /** The institution's overdue actions with an owner address, one mail per address, oldest due date first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<DigestMail> mails(String institution, LocalDate today) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "select a.ownerEmail, a.what, p.title, p.subjectCode, a.dueDate from PlanAction a,"
                                + " ImprovementPlan p where a.planId = p.id and p.institutionCode = :institution"
                                + " and p.state <> nl.opleidingsklimaat.quality.plan.PlanState.CLOSED"
                                + " and a.status in (nl.opleidingsklimaat.quality.plan.ActionStatus.OPEN,"
                                + " nl.opleidingsklimaat.quality.plan.ActionStatus.IN_PROGRESS)"
                                + " and a.dueDate < :today and a.ownerEmail is not null"
                                + " order by a.ownerEmail, a.dueDate, a.id",
                        Object[].class)
                .setParameter("institution", institution)
                .setParameter("today", today)
                .getResultList();
        Map<String, List<DigestLine>> byOwner = new LinkedHashMap<>();
        for (Object[] row : rows) {
            LocalDate dueDate = (LocalDate) row[4];
            byOwner.computeIfAbsent(((String) row[0]).toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                    .add(new DigestLine(
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            dueDate,
                            ChronoUnit.DAYS.between(dueDate, today)));
        }
        Institution known = Institution.findById(institution);
        String name = known == null ? institution : known.name;
        return byOwner.entrySet().stream()
                .map(e -> new DigestMail(e.getKey(), name, e.getValue()))
                .toList();
    }
}
