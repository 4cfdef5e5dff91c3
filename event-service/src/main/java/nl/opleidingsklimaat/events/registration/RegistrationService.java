package nl.opleidingsklimaat.events.registration;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.mail.EventMail;
import nl.opleidingsklimaat.events.mail.MailOutbox;
import nl.opleidingsklimaat.events.trainingevent.AttendanceMode;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.events.trainingevent.EventMode;
import nl.opleidingsklimaat.events.trainingevent.OrganiserAccess;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventService;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;

/**
 * Registration and the waiting list. Every change that takes or frees a seat locks the event's row, so concurrent
 * registrations are decided one after the other and the capacity is never exceeded; new registrations are decided
 * in batches by the {@link RegistrationDesk}.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {
    @Inject
    Preconditions preconditions;

    @Inject
    OrganiserAccess access;

    @Inject
    ParticipantAccess participants;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    WaitingList waitingList;

    @Inject
    RegistrationWindow window;

    @Inject
    RegistrationDesk desk;

    @Inject
    PublishedEventTerms publishedEvents;

    @Inject
    PersonalLinks links;

    @Inject
    EventsConfig config;

    @Inject
    MailOutbox mails;

    /**
     * Checks the registration on the request thread, against the event's terms as {@link PublishedEventTerms} knows
     * them, then lets the {@link RegistrationDesk} decide it under the event's lock. Neither a thread nor a transaction
     * (nor a connection) is held while waiting for the desk.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public CompletionStage<RegistrationView> register(UUID eventId, RegistrationRequest request) {
        return desk.register(draft(eventId, request));
    }

    /** Everything that needs no lock; the desk checks again under the lock that the event is open and meant for the role. */
    private RegistrationDraft draft(UUID eventId, RegistrationRequest request) {
        RegistrationTerms event = publishedEvents
                .of(eventId)
                .filter(e -> e.visibleTo(access))
                .orElseThrow(() -> OrganiserAccess.notFound(eventId));
        window.requireOpen(event);
        String person = personFor(request);
        event.requireMeantFor(request.role());
        // checked here for a quick answer; the desk decides the way under the lock, as the event then is
        event.attendanceFor(request.attendance());
        if (request.accreditationWanted() && request.bigNumber() == null) {
            throw ProblemException.invalidField("bigNumber", "accreditation needs a BIG number");
        }
        return new RegistrationDraft(
                UUID.randomUUID(),
                eventId,
                person,
                request.name(),
                request.role(),
                request.institutionCode(),
                request.programmeCode(),
                request.bigNumber(),
                request.accreditationWanted(),
                request.email(),
                request.attendance());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationView get(UUID id) {
        Registration registration = visible(id);
        return RegistrationView.of(registration);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RegistrationView> mine(PageRequest page) {
        String person =
                caller.personReference().orElseThrow(() -> ProblemException.forbidden("The token names no person"));
        return Page.of(
                Registration.find("personReference", Sort.by("registeredAt").and("id"), person),
                page,
                RegistrationView::of);
    }

    /** An event's registrations for its organisers (audited); a machine token lists only its own participants. */
    public Page<RegistrationView> ofEvent(UUID eventId, RegistrationStatus status, PageRequest page) {
        TrainingEvent event = access.managed(eventId);
        audit.record("list-registrations", "training-event", eventId.toString());
        Parameters params = Parameters.with("eventId", eventId);
        String where = "eventId = :eventId and " + participants.listable(event).condition(params);
        if (status != null) {
            where += " and status = :status";
            params.and("status", status);
        }
        return Page.of(
                Registration.find(where, Sort.by("registeredAt").and("id"), params),
                page,
                r -> RegistrationView.of((Registration) r));
    }

    /** The owner or an organiser cancels; a freed seat is offered to the first on the waiting list. */
    public RegistrationView cancel(UUID id) {
        Registration found = visible(id);
        TrainingEvent event = TrainingEventService.lock(found.eventId);
        Registration registration = Registration.findById(id);
        preconditions.honourIfMatch(registration, () -> RegistrationView.of(registration));
        registration.cancel(event);
        registration.flush();
        waitingList.offerFreeSeats(event);
        return RegistrationView.of(registration);
    }

    /** A promoted waiter takes the offered seat, before the offer lapses. */
    public RegistrationView confirm(UUID id) {
        Registration found = visible(id);
        if (!participants.isOwner(found) && !participants.machineHolds(found)) {
            throw ProblemException.forbidden("Only the registrant confirms an offered seat");
        }
        TrainingEventService.lock(found.eventId);
        Registration registration = Registration.findById(id);
        preconditions.honourIfMatch(registration, () -> RegistrationView.of(registration));
        registration.confirm(OffsetDateTime.now());
        mails.queue(EventMail.REGISTERED, registration);
        return RegistrationView.of(registration);
    }

    /**
     * A new personal link to the participant's own pages, replacing the previous one: for the participant, or a
     * machine acting for its own participant (to mail it). Only its hash is kept, so it is shown this once.
     */
    public String issuePageLink(UUID id) {
        Registration registration = visible(id);
        if (!participants.isOwner(registration) && !participants.machineHolds(registration)) {
            throw ProblemException.forbidden("Only the participant, or a system acting for them, gets their link");
        }
        return links.issue(registration);
    }

    /** The participant's own registration page, through their personal link; empty for an unknown or replaced link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RegistrationPageView> pageByLink(String token) {
        return links.registration(token).map(registration -> {
            TrainingEvent event = TrainingEvent.findById(registration.eventId);
            RegistrationView view = RegistrationView.of(registration);
            boolean attended = registration.isAttendee();
            boolean held = event.status == TrainingEventStatus.HELD;
            return new RegistrationPageView(
                    registration.name,
                    event.title,
                    DutchText.kind(event.kind),
                    event.theme,
                    event.isMultiDay()
                            ? DutchText.date(event.date) + " t/m " + DutchText.date(event.lastDate())
                            : DutchText.date(event.date),
                    String.join(
                            ", ",
                            event.days().stream()
                                    .map(d -> (event.isMultiDay() ? DutchText.shortDate(d.date()) + " " : "")
                                            + DutchText.times(d.startTime(), d.endTime()))
                                    .toList()),
                    registration.attendance == AttendanceMode.ONLINE ? "Online" : event.location,
                    event.mode == EventMode.ON_SITE || !isWebAddress(event.onlineLink) ? null : event.onlineLink,
                    registration.status.code(),
                    view.waitingListPosition(),
                    registration.offerExpiresAt == null
                            ? null
                            : DutchText.moment(registration.offerExpiresAt.atZoneSameInstant(config.timeZone())),
                    event.status == TrainingEventStatus.CANCELLED,
                    held && attended,
                    held && attended,
                    registration.points == null ? null : DutchText.number(registration.points));
        });
    }

    private static boolean isWebAddress(String link) {
        return link != null && (link.startsWith("https://") || link.startsWith("http://"));
    }

    /** The participant takes an offered seat from their own page. */
    public void confirmByLink(String token) {
        Registration found =
                links.registration(token).orElseThrow(() -> ProblemException.notFound("Unknown or replaced link"));
        TrainingEventService.lock(found.eventId);
        Registration registration = Registration.findById(found.id);
        registration.confirm(OffsetDateTime.now());
        mails.queue(EventMail.REGISTERED, registration);
    }

    /** The registration if the caller owns it, organises its event or holds the participant in its machine scope; 404 otherwise (audited for non-owners). */
    Registration visible(UUID id) {
        Registration registration = Registration.findById(id);
        if (registration == null) {
            throw ProblemException.notFound("Registration %s not found", id);
        }
        if (participants.isOwner(registration)) {
            return registration;
        }
        if (!participants.mayRead(registration, TrainingEvent.findById(registration.eventId))) {
            throw ProblemException.notFound("Registration %s not found", id);
        }
        audit.record("read-registration", "registration", id.toString());
        return registration;
    }

    /**
     * A machine registers only participants of its own scope; a programme or institution outside it reads as unknown,
     * as in every other answer to an out-of-scope code. Unknown codes are left to the desk's placement (400).
     */
    private void requireMachineScopeHolds(RegistrationRequest request) {
        if (request.programmeCode() != null) {
            ReplicatedProgramme programme = ReplicatedProgramme.findById(request.programmeCode());
            if (programme != null && !participants.machineHolds(programme.institutionCode, programme.code)) {
                throw ProblemException.invalidField("programmeCode", "no active programme " + request.programmeCode());
            }
        } else if (request.institutionCode() != null
                && !participants.machineHolds(request.institutionCode(), null)
                && ReplicatedInstitution.findById(request.institutionCode()) != null) {
            throw ProblemException.invalidField(
                    "institutionCode", "no active institution " + request.institutionCode());
        }
    }

    private String personFor(RegistrationRequest request) {
        if (caller.isSystem()) {
            if (request.personReference() == null || request.personReference().isBlank()) {
                throw ProblemException.invalidField(
                        "personReference", "a system registering someone must give their person reference");
            }
            requireMachineScopeHolds(request);
            return request.personReference();
        }
        String own =
                caller.personReference().orElseThrow(() -> ProblemException.forbidden("The token names no person"));
        if (request.personReference() != null && !request.personReference().equals(own)) {
            throw ProblemException.forbidden("You can only register yourself");
        }
        return own;
    }
}
