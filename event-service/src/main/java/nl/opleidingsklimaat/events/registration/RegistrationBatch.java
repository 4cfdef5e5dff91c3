package nl.opleidingsklimaat.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.opleidingsklimaat.events.mail.EventMail;
import nl.opleidingsklimaat.events.mail.MailOutbox;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventService;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/**
 * Decides a batch of drafts in one transaction: the batch's institutions and programmes are read once, per event the
 * row is locked once, the seats taken and the waiting lines (per way of taking part) and the batch's persons already
 * registered are read once, and the drafts are decided in arrival order. The decisions hold only once {@link #decide}
 * has returned, i.e. once the transaction has committed.
 */
@ApplicationScoped
public class RegistrationBatch {
    @Inject
    RegistrationWindow window;

    @Inject
    MailOutbox mails;

    /** One decision per draft, in the order of the drafts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<RegistrationDecision> decide(List<RegistrationDraft> drafts) {
        RegistrationDecision[] decisions = new RegistrationDecision[drafts.size()];
        Placements.Placement[] placements = place(drafts, decisions);
        // Events are locked in id order, so two instances deciding batches for the same events cannot deadlock.
        Map<UUID, List<Integer>> arrivalsPerEvent = new TreeMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (decisions[i] == null) {
                arrivalsPerEvent
                        .computeIfAbsent(drafts.get(i).eventId(), e -> new ArrayList<>())
                        .add(i);
            }
        }
        arrivalsPerEvent.forEach(
                (eventId, arrivals) -> decideForEvent(eventId, arrivals, drafts, placements, decisions));
        // Surfaces a constraint violation here rather than at commit.
        Registration.flush();
        return List.of(decisions);
    }

    /** Each draft's place in the organisation; a draft that names no active one is refused here. */
    private static Placements.Placement[] place(List<RegistrationDraft> drafts, RegistrationDecision[] decisions) {
        Placements known = Placements.of(drafts);
        Placements.Placement[] placements = new Placements.Placement[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            try {
                placements[i] = known.of(drafts.get(i));
            } catch (ProblemException unplaced) {
                decisions[i] = RegistrationDecision.refused(unplaced);
            }
        }
        return placements;
    }

    private void decideForEvent(
            UUID eventId,
            List<Integer> arrivals,
            List<RegistrationDraft> drafts,
            Placements.Placement[] placements,
            RegistrationDecision[] decisions) {
        TrainingEvent event;
        RegistrationTerms terms;
        try {
            event = TrainingEventService.lock(eventId);
            terms = RegistrationTerms.of(event);
            window.requireOpen(terms);
        } catch (ProblemException closed) {
            arrivals.forEach(i -> decisions[i] = RegistrationDecision.refused(closed));
            return;
        }
        Map<AttendanceMode, Long> freeSeats = new EnumMap<>(AttendanceMode.class);
        Map<AttendanceMode, Long> waiting = new EnumMap<>(AttendanceMode.class);
        for (AttendanceMode attendance : AttendanceMode.values()) {
            freeSeats.put(attendance, (long) event.places(attendance));
            waiting.put(attendance, 0L);
        }
        for (Object[] row : activePerWay(eventId)) {
            AttendanceMode attendance = (AttendanceMode) row[0];
            long people = (Long) row[2];
            if (row[1] == RegistrationStatus.WAITLISTED) {
                waiting.merge(attendance, people, Long::sum);
            } else {
                freeSeats.merge(attendance, -people, Long::sum);
            }
        }
        WaitingLine line = WaitingLine.of(eventId);
        Set<String> registered = new HashSet<>(alreadyRegistered(
                eventId,
                arrivals.stream().map(i -> drafts.get(i).personReference()).toList()));
        OffsetDateTime stamp = firstStamp(line);
        for (int i : arrivals) {
            RegistrationDraft draft = drafts.get(i);
            try {
                // the request thread checked the role against terms that another instance may have changed since
                terms.requireMeantFor(draft.role());
            } catch (ProblemException notMeant) {
                decisions[i] = RegistrationDecision.refused(notMeant);
                continue;
            }
            AttendanceMode attendance;
            try {
                // the event's mode may have changed since the request thread checked it
                attendance = terms.attendanceFor(draft.attendance());
            } catch (ProblemException notOffered) {
                decisions[i] = RegistrationDecision.refused(notOffered);
                continue;
            }
            if (!registered.add(draft.personReference())) {
                decisions[i] = RegistrationDecision.refused(ProblemException.conflict(
                        "%s is already registered for training event %s", draft.personReference(), eventId));
                continue;
            }
            Registration registration;
            Integer position = null;
            if (freeSeats.get(attendance) > 0) {
                freeSeats.merge(attendance, -1L, Long::sum);
                registration = draft.toRegistration(placements[i], RegistrationStatus.REGISTERED, stamp, attendance);
            } else {
                registration = draft.toRegistration(placements[i], RegistrationStatus.WAITLISTED, stamp, attendance);
                position = waiting.merge(attendance, 1L, Long::sum).intValue();
            }
            registration.persist();
            // the confirmation (or the waiting-list place) goes out after the batch commits
            mails.queue(position == null ? EventMail.REGISTERED : EventMail.WAITLISTED, registration);
            decisions[i] = RegistrationDecision.taken(RegistrationView.withPosition(registration, position));
            stamp = stamp.plus(1, ChronoUnit.MICROS);
        }
    }

    /**
     * Registration times (and so waiting-since times) rise by a microsecond per draft, the precision the database
     * keeps, and start after the last waiter: the waiting order is the arrival order, and the in-memory position equals
     * the one {@link RegistrationView#of(Registration)} counts.
     */
    private static OffsetDateTime firstStamp(WaitingLine line) {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        if (line.lastWaitingSince() != null && !now.isAfter(line.lastWaitingSince())) {
            return line.lastWaitingSince().plus(1, ChronoUnit.MICROS);
        }
        return now;
    }

    private static List<String> alreadyRegistered(UUID eventId, List<String> persons) {
        return Registration.getEntityManager()
                .createQuery(
                        "select r.personReference from Registration r where r.eventId = :event and r.status in :active"
                                + " and r.personReference in :persons",
                        String.class)
                .setParameter("event", eventId)
                .setParameter("active", RegistrationStatus.ACTIVE)
                .setParameter("persons", persons)
                .getResultList();
    }

    /** Registered, offered and waiting per way of taking part, in one query: (attendance, status, count). */
    private static List<Object[]> activePerWay(UUID eventId) {
        return Registration.getEntityManager()
                .createQuery(
                        "select r.attendance, r.status, count(r) from Registration r where r.eventId = :event"
                                + " and r.status in :active group by r.attendance, r.status",
                        Object[].class)
                .setParameter("event", eventId)
                .setParameter("active", RegistrationStatus.ACTIVE)
                .getResultList();
    }

    /** Since when the last waiter of the event waits (in either line). */
    record WaitingLine(OffsetDateTime lastWaitingSince) {
        static WaitingLine of(UUID eventId) {
            OffsetDateTime last = Registration.getEntityManager()
                    .createQuery(
                            "select max(r.waitingSince) from Registration r where r.eventId = :event and r.status = :waiting",
                            OffsetDateTime.class)
                    .setParameter("event", eventId)
                    .setParameter("waiting", RegistrationStatus.WAITLISTED)
                    .getSingleResult();
            return new WaitingLine(last);
        }
    }
}
