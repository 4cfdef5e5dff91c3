package nl.opleidingsklimaat.events.registration;

import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.mail.EventMail;
import nl.opleidingsklimaat.events.mail.MailOutbox;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventService;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import org.jboss.logging.Logger;

/**
 * Moves the waiting list: a free seat is offered to the longest waiter, who has a limited time to confirm
 * ({@code events.waiting-list.confirmation-window}); a lapsed offer passes to the next.
 */
@ApplicationScoped
public class WaitingList {
    private static final Logger LOG = Logger.getLogger(WaitingList.class);

    @Inject
    EventsConfig config;

    @Inject
    MailOutbox mails;

    /** Offers every free seat of the (locked) event to the waiters in line for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerFreeSeats(TrainingEvent event) {
        if (event.status != TrainingEventStatus.PUBLISHED) {
            return;
        }
        for (AttendanceMode attendance : AttendanceMode.values()) {
            offerFreeSeats(event, attendance);
        }
    }

    /** A place freed on site goes to the next on-site waiter, an online place to the next online waiter. */
    private void offerFreeSeats(TrainingEvent event, AttendanceMode attendance) {
        long free = event.places(attendance) - Registration.seatsTaken(event.id, attendance);
        if (free <= 0) {
            return;
        }
        List<Registration> next = Registration.find(
                        "eventId = ?1 and attendance = ?2 and status = ?3",
                        Sort.by("waitingSince").and("id"),
                        event.id,
                        attendance,
                        RegistrationStatus.WAITLISTED)
                .page(0, (int) free)
                .list();
        OffsetDateTime expires = OffsetDateTime.now().plus(config.waitingList().confirmationWindow());
        for (Registration waiter : next) {
            waiter.offer(expires);
            mails.queue(EventMail.SEAT_OFFERED, waiter);
        }
    }

    @Scheduled(
            every = "${events.waiting-list.expiry-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireLapsedOffers() {
        List<UUID> events = lapsedEvents();
        for (UUID eventId : events) {
            try {
                expireAndPassOn(eventId);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not pass on lapsed offers of training event %s", eventId);
            }
        }
    }

    @Transactional
    List<UUID> lapsedEvents() {
        return Registration.<Registration>find(
                        "status = ?1 and offerExpiresAt < ?2", RegistrationStatus.OFFERED, OffsetDateTime.now())
                .stream()
                .map(r -> r.eventId)
                .distinct()
                .toList();
    }

    @Transactional
    void expireAndPassOn(UUID eventId) {
        TrainingEvent event = TrainingEventService.lock(eventId);
        List<Registration> lapsed = Registration.list(
                "eventId = ?1 and status = ?2 and offerExpiresAt < ?3",
                eventId,
                RegistrationStatus.OFFERED,
                OffsetDateTime.now());
        for (Registration registration : lapsed) {
            registration.expire();
        }
        Registration.flush();
        offerFreeSeats(event);
    }
}
