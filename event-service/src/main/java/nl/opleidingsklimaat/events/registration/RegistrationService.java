package nl.opleidingsklimaat.events.registration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.OrganiserAccess;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventService;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.organisation.OrganisationDirectory;
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
    OrganiserAccess access;

    @Inject
    CallerScope caller;

    @Inject
    OrganisationDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    WaitingList waitingList;

    @Inject
    RegistrationWindow window;

    @Inject
    RegistrationDesk desk;

    /**
     * Checks and completes the registration on the request thread, then lets the {@link RegistrationDesk} decide it
     * under the event's lock. No transaction is held (nor a connection) while waiting for the desk.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RegistrationView register(UUID eventId, RegistrationRequest request) {
        RegistrationDraft draft = QuarkusTransaction.requiringNew().call(() -> draft(eventId, request));
        return desk.register(draft);
    }

    /** Everything that needs no lock; the desk checks again under the lock that the event is open. */
    private RegistrationDraft draft(UUID eventId, RegistrationRequest request) {
        TrainingEvent event = TrainingEvent.findById(eventId);
        if (event == null || !access.maySee(event)) {
            throw OrganiserAccess.notFound(eventId);
        }
        window.requireOpen(event);
        String person = personFor(request);
        if (!event.targetRoles.contains(request.role())) {
            throw ProblemException.invalidField("role", "this event is meant for " + event.targetRoles.stream().map(r -> r.code()).toList());
        }
        if (request.accreditationWanted() && request.bigNumber() == null) {
            throw ProblemException.invalidField("bigNumber", "accreditation needs a BIG number");
        }
        Placement placement = placeInOrganisation(request);
        return new RegistrationDraft(UUID.randomUUID(), eventId, person, request.name(), request.role(), placement.institutionCode(),
                placement.programmeCode(), request.bigNumber(), request.accreditationWanted());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationView get(UUID id) {
        Registration registration = visible(id);
        return RegistrationView.of(registration);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RegistrationView> mine(PageRequest page) {
        String person = caller.personReference().orElseThrow(() -> ProblemException.forbidden("The token names no person"));
        return Page.of(Registration.find("personReference", Sort.by("registeredAt").and("id"), person), page, RegistrationView::of);
    }

    public Page<RegistrationView> ofEvent(UUID eventId, RegistrationStatus status, PageRequest page) {
        access.managed(eventId);
        audit.record("list-registrations", "training-event", eventId.toString());
        var query = status == null
                ? Registration.find("eventId", Sort.by("registeredAt").and("id"), eventId)
                : Registration.find("eventId = ?1 and status = ?2", Sort.by("registeredAt").and("id"), eventId, status);
        return Page.of(query, page, r -> RegistrationView.of((Registration) r));
    }

    /** The owner or an organiser cancels; a freed seat is offered to the first on the waiting list. */
    public RegistrationView cancel(UUID id) {
        Registration found = visible(id);
        TrainingEvent event = TrainingEventService.lock(found.eventId);
        Registration registration = Registration.findById(id);
        if (!RegistrationStatus.ACTIVE.contains(registration.status)) {
            throw ProblemException.conflict("Registration %s is already %s", id, registration.status.code());
        }
        if (event.status == TrainingEventStatus.HELD) {
            throw ProblemException.conflict("Training event %s has been held; its registrations can no longer be cancelled", event.id);
        }
        registration.status = RegistrationStatus.CANCELLED;
        registration.offerExpiresAt = null;
        registration.flush();
        waitingList.offerFreeSeats(event);
        return RegistrationView.of(registration);
    }

    /** A promoted waiter takes the offered seat, before the offer lapses. */
    public RegistrationView confirm(UUID id) {
        Registration found = visible(id);
        if (!caller.personReference().filter(found.personReference::equals).isPresent() && !caller.isSystem()) {
            throw ProblemException.forbidden("Only the registrant confirms an offered seat");
        }
        TrainingEventService.lock(found.eventId);
        Registration registration = Registration.findById(id);
        if (registration.status != RegistrationStatus.OFFERED) {
            if (registration.status == RegistrationStatus.EXPIRED) {
                throw ProblemException.gone("The offer for registration %s lapsed; the seat went to the next on the waiting list", id);
            }
            throw ProblemException.conflict("Registration %s is %s; only an offered seat can be confirmed", id, registration.status.code());
        }
        if (registration.offerExpiresAt.isBefore(OffsetDateTime.now())) {
            throw ProblemException.gone("The offer for registration %s lapsed at %s", id, registration.offerExpiresAt);
        }
        registration.status = RegistrationStatus.REGISTERED;
        registration.offerExpiresAt = null;
        return RegistrationView.of(registration);
    }

    /** The registration if the caller owns it or organises its event; 404 otherwise (and an audit entry for organisers). */
    Registration visible(UUID id) {
        Registration registration = Registration.findById(id);
        if (registration == null) {
            throw ProblemException.notFound("Registration %s not found", id);
        }
        if (caller.personReference().filter(registration.personReference::equals).isPresent()) {
            return registration;
        }
        TrainingEvent event = TrainingEvent.findById(registration.eventId);
        if (!access.mayManage(event)) {
            throw ProblemException.notFound("Registration %s not found", id);
        }
        audit.record("read-registration", "registration", id.toString());
        return registration;
    }

    private String personFor(RegistrationRequest request) {
        if (caller.isSystem()) {
            if (request.personReference() == null || request.personReference().isBlank()) {
                throw ProblemException.invalidField("personReference", "a system registering someone must give their person reference");
            }
            return request.personReference();
        }
        String own = caller.personReference().orElseThrow(() -> ProblemException.forbidden("The token names no person"));
        if (request.personReference() != null && !request.personReference().equals(own)) {
            throw ProblemException.forbidden("You can only register yourself");
        }
        return own;
    }

    private record Placement(String institutionCode, String programmeCode) {
    }

    private Placement placeInOrganisation(RegistrationRequest request) {
        if (request.programmeCode() != null) {
            ReplicatedProgramme programme = directory.programme(request.programmeCode()).filter(p -> p.active)
                    .orElseThrow(() -> ProblemException.invalidField("programmeCode", "no active programme " + request.programmeCode()));
            if (request.institutionCode() != null && !request.institutionCode().equals(programme.institutionCode)) {
                throw ProblemException.invalidField("institutionCode", "programme %s belongs to %s".formatted(programme.code, programme.institutionCode));
            }
            return new Placement(programme.institutionCode, programme.code);
        }
        if (request.institutionCode() == null) {
            throw ProblemException.invalidField("institutionCode", "give the participant's institution or programme");
        }
        ReplicatedInstitution institution = directory.institution(request.institutionCode()).filter(i -> i.active)
                .orElseThrow(() -> ProblemException.invalidField("institutionCode", "no active institution " + request.institutionCode()));
        return new Placement(institution.code, null);
    }

}
