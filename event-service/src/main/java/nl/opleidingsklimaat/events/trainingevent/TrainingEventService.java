package nl.opleidingsklimaat.events.trainingevent;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.trainingevents.CompetenceWeight;
import nl.opleidingsklimaat.contracts.trainingevents.TrainingEventEvents;
import nl.opleidingsklimaat.contracts.trainingevents.TrainingEventPublished;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.organisation.OrganisationDirectory;
import nl.opleidingsklimaat.platform.organisation.ReplicatedInstitution;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.privacy.SmallCells;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;

/** Creates, changes, publishes and cancels training events and their programmes; the organiser rules live in {@link OrganiserAccess}. */
@ApplicationScoped
@Transactional
public class TrainingEventService {
    @Inject
    Preconditions preconditions;

    @Inject
    OrganiserAccess access;

    @Inject
    CallerScope caller;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    EventsConfig config;

    @Inject
    Event<TrainingEventChanged> changes;

    @Inject
    AuditLog audit;

    public TrainingEventView create(TrainingEventRequest request) {
        TrainingEvent event = new TrainingEvent();
        event.id = UUID.randomUUID();
        event.status = TrainingEventStatus.DRAFT;
        event.createdBy = caller.personReference().orElse("unknown");
        setOrganiser(event, request);
        apply(event, request);
        event.persist();
        return view(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingEventView get(UUID id) {
        return view(access.visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TrainingEventView> list(
            TrainingEventStatus status, TrainingEventKind kind, LocalDate from, PageRequest page) {
        if (access.isUnscopedMachine()) {
            return Page.of(List.of(), page, 0);
        }
        StringBuilder where = new StringBuilder("(status <> :draft");
        Parameters params = Parameters.with("draft", TrainingEventStatus.DRAFT);
        Set<String> organisingInstitutions = new HashSet<>();
        if (caller.hasRole(Roles.COC) || caller.isSystem()) {
            organisingInstitutions.addAll(caller.institutions());
        }
        if (!organisingInstitutions.isEmpty()) {
            where.append(" or organiserInstitutionCode in :institutions");
            params.and("institutions", organisingInstitutions);
        }
        if ((caller.hasRole(Roles.REGION_COORDINATOR) || caller.hasRole(Roles.EDUCATION_ADVISOR))
                && caller.region().isPresent()) {
            where.append(" or (organiserInstitutionCode is null and organiserRegionCode = :region)");
            params.and("region", caller.region().get());
        }
        if (caller.isSystem() && caller.region().isPresent()) {
            // a machine scoped to a region organises every event organised in it, by the region or one of its
            // institutions
            where.append(" or organiserRegionCode = :systemRegion");
            params.and("systemRegion", caller.region().get());
        }
        where.append(")");
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (from != null) {
            where.append(" and date >= :from");
            params.and("from", from);
        }
        PanacheQuery<TrainingEvent> query = TrainingEvent.find(
                where.toString(), Sort.by("date").and("startTime").and("id"), params);
        return Page.of(query, page, this::view);
    }

    public TrainingEventView replace(UUID id, TrainingEventRequest request) {
        TrainingEvent event = access.managed(lock(id));
        preconditions.honourIfMatch(() -> view(event));
        event.requireChangeable();
        event.requireSameOrganiser(request.organiserInstitutionCode(), request.organiserRegionCode());
        apply(event, request);
        for (AttendanceMode attendance : AttendanceMode.values()) {
            TrainingEvent.requireRoomFor(attendance, event.places(attendance), Registration.seatsTaken(id, attendance));
            if (!event.mode.offers(attendance) && Registration.active(id, attendance) > 0) {
                throw ProblemException.conflict(
                        "Training event %s has %s registrations; it must keep offering %s places",
                        id, attendance.code(), attendance.code());
            }
        }
        changes.fire(new TrainingEventChanged(id));
        return view(event);
    }

    public TrainingEventView replaceProgramme(UUID id, int day, ProgrammeRequest request) {
        TrainingEvent event = access.managed(lock(id));
        preconditions.honourIfMatch(() -> view(event));
        event.replaceProgramme(day, request.items());
        changes.fire(new TrainingEventChanged(id));
        return view(event);
    }

    public TrainingEventView publish(UUID id) {
        TrainingEvent event = access.managed(lock(id));
        preconditions.honourIfMatch(() -> view(event));
        event.publish(LocalDate.now(config.timeZone()));
        changes.fire(new TrainingEventChanged(id));
        outbox.record(
                TrainingEventEvents.TRAINING_EVENT_PUBLISHED,
                Subjects.trainingEvent(event.id),
                new TrainingEventPublished(
                        event.id,
                        event.kind.code(),
                        event.title,
                        event.organiserInstitutionCode,
                        event.organiserRegionCode,
                        event.date,
                        event.points(),
                        weights(event)));
        return view(event);
    }

    public TrainingEventView cancel(UUID id) {
        TrainingEvent event = access.managed(lock(id));
        preconditions.honourIfMatch(() -> view(event));
        event.cancel();
        changes.fire(new TrainingEventChanged(id));
        return view(event);
    }

    public TrainingEventView addTakeHomeMessage(UUID id, String message) {
        TrainingEvent event = access.managed(lock(id));
        preconditions.honourIfMatch(() -> view(event));
        event.addTakeHomeMessage(message);
        changes.fire(new TrainingEventChanged(id));
        return view(event);
    }

    /**
     * The accreditation body sets the points the event is accredited for, with its reason (role
     * {@code accreditation-body}; others 403, a draft 404 as for everyone but its organisers); audited.
     */
    public TrainingEventView accredit(UUID id, AccreditationRequest request) {
        TrainingEvent visible = access.visible(id);
        if (!caller.hasRole(Roles.ACCREDITATION_BODY)) {
            throw ProblemException.forbidden(
                    "Only the accreditation body (role accreditation-body) sets the points training event %s is accredited for",
                    visible.id);
        }
        if (request.points().remainder(new java.math.BigDecimal("0.5")).signum() != 0) {
            throw ProblemException.invalidField("points", "points are accredited in half points, such as 2.5");
        }
        TrainingEvent event = lock(id);
        preconditions.honourIfMatch(() -> view(event));
        event.accredit(
                request.points(),
                request.reason(),
                caller.personReference().orElse("unknown"),
                java.time.OffsetDateTime.now(config.timeZone()));
        audit.record("set-accredited-points", "training-event", id.toString());
        changes.fire(new TrainingEventChanged(id));
        return view(event);
    }

    /** The event row, locked for the rest of the transaction; 404 when absent. */
    public static TrainingEvent lock(UUID id) {
        TrainingEvent event = TrainingEvent.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw OrganiserAccess.notFound(id);
        }
        return event;
    }

    public static List<CompetenceWeight> weights(TrainingEvent event) {
        return event.competences.stream()
                .map(c -> new CompetenceWeight(c.competence(), c.percent()))
                .toList();
    }

    /** Organisers see every count; others see a count of registrants only when it is 0 or at least 4 people. */
    TrainingEventView view(TrainingEvent event) {
        long seatsTaken = Registration.seatsTaken(event.id);
        long waiting = Registration.waiting(event.id);
        boolean organiser = access.mayManage(event);
        List<TrainingEventView.PlacesView> places = new ArrayList<>();
        for (AttendanceMode attendance : AttendanceMode.values()) {
            if (event.mode.offers(attendance)) {
                long taken = Registration.seatsTaken(event.id, attendance);
                long waiters = Registration.waiting(event.id, attendance);
                places.add(new TrainingEventView.PlacesView(
                        attendance,
                        event.places(attendance),
                        organiser ? Long.valueOf(taken) : shown(taken),
                        organiser ? Long.valueOf(waiters) : shown(waiters)));
            }
        }
        if (organiser) {
            return TrainingEventView.of(event, seatsTaken, waiting, places);
        }
        return TrainingEventView.of(event, shown(seatsTaken), shown(waiting), places);
    }

    private static Long shown(long people) {
        OptionalLong count = SmallCells.count(people);
        return count.isPresent() ? count.getAsLong() : null;
    }

    private void setOrganiser(TrainingEvent event, TrainingEventRequest request) {
        boolean institution = request.organiserInstitutionCode() != null;
        boolean region = request.organiserRegionCode() != null;
        if (institution == region) {
            throw ProblemException.invalidField(
                    "organiserInstitutionCode",
                    "give exactly one organiser: organiserInstitutionCode (a COC) or organiserRegionCode (a region)");
        }
        if (institution) {
            ReplicatedInstitution organiser = directory.visibleInstitution(request.organiserInstitutionCode());
            if (!access.mayOrganiseForInstitution(organiser.code, organiser.regionCode)) {
                throw ProblemException.forbidden("Only the COC of %s organises its training events", organiser.code);
            }
            event.organiserInstitutionCode = organiser.code;
            event.organiserRegionCode = organiser.regionCode;
        } else {
            if (!access.mayOrganiseForRegion(request.organiserRegionCode())) {
                throw ProblemException.forbidden(
                        "Only the coordinators and education advisors of region %s organise its training events",
                        request.organiserRegionCode());
            }
            event.organiserRegionCode = request.organiserRegionCode();
        }
    }

    private void apply(TrainingEvent event, TrainingEventRequest request) {
        List<EventDay> days = days(event, request);
        boolean dayByDay = request.days() != null;
        EventDay first = days.get(0);
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            EventDay day = days.get(i);
            String prefix = dayByDay ? "days[%d].".formatted(i) : "";
            if (!day.endTime().isAfter(day.startTime())) {
                violations.add(
                        new Problem.Violation(prefix + "endTime", "must be after the start time " + day.startTime()));
            }
            if (i > 0 && !day.date().isAfter(days.get(i - 1).date())) {
                violations.add(new Problem.Violation(
                        prefix + "date",
                        "must be after the previous day's date %s: days come in date order, one session a day"
                                .formatted(days.get(i - 1).date())));
            }
        }
        if (request.mode().needsLocation() && isBlank(request.location())) {
            violations.add(new Problem.Violation("location", "an event on site or hybrid needs a location"));
        }
        if (request.mode().needsLink() && isBlank(request.onlineLink())) {
            violations.add(new Problem.Violation("onlineLink", "an online or hybrid event needs a link"));
        }
        validateCapacities(request, violations);
        if (request.registrationDeadline() != null
                && request.registrationDeadline()
                        .isAfter(first.date()
                                .atTime(first.endTime())
                                .atZone(config.timeZone())
                                .toOffsetDateTime())) {
            violations.add(new Problem.Violation(
                    "registrationDeadline",
                    dayByDay && days.size() > 1
                            ? "must not be after the first day ends"
                            : "must not be after the event ends"));
        }
        List<CompetenceShare> competences = request.competences() == null ? List.of() : request.competences();
        validateCompetences(competences, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, describe(violations), violations);
        }
        for (int i = 0; i < days.size(); i++) {
            try {
                days.get(i).schedule();
            } catch (ProblemException e) {
                if (!dayByDay) {
                    throw e;
                }
                String prefix = "days[%d].".formatted(i);
                throw new ProblemException(
                        e.type(),
                        "Day %d (%s): %s".formatted(i + 1, days.get(i).date(), e.getMessage()),
                        e.violations().stream()
                                .map(v -> new Problem.Violation(prefix + v.field(), v.message()))
                                .toList());
            }
        }
        event.kind = request.kind();
        event.title = request.title();
        event.theme = request.theme();
        event.goals = request.goals();
        event.intendedResults = request.intendedResults();
        event.targetRoles =
                new ArrayList<>(request.targetRoles().stream().sorted().toList());
        event.date = first.date();
        event.startTime = first.startTime();
        event.endTime = first.endTime();
        event.mode = request.mode();
        event.location = request.location();
        event.onlineLink = request.onlineLink();
        event.capacity = request.capacity();
        event.onlineCapacity = request.mode() == EventMode.HYBRID
                ? (request.onlineCapacity() == null ? 0 : request.onlineCapacity())
                : null;
        event.registrationDeadline = request.registrationDeadline();
        event.speakers = copy(request.speakers());
        event.studyMaterial = copy(request.studyMaterial());
        event.costEuros = request.costEuros();
        event.competences = new ArrayList<>(competences.stream()
                .map(c -> new CompetenceShare(c.competence().trim().toLowerCase(), c.percent()))
                .toList());
        event.competenceProfileItems = copy(request.competenceProfileItems());
        event.programme = new ArrayList<>(first.programmeOrEmpty());
        event.furtherDays = new ArrayList<>(days.subList(1, days.size()));
    }

    /**
     * The event's days as the request gives them: its days, or the one day of the old shape (date, startTime,
     * endTime, programme; 400 when one is missing, as when they were required). The two shapes do not mix (422). A
     * day without a programme keeps the one the event has for that date. A request without days describes a one-day
     * event, so it cannot replace an event over more than one day (422): a client that knows nothing of days would
     * otherwise drop the later days unseen.
     */
    private static List<EventDay> days(TrainingEvent event, TrainingEventRequest request) {
        if (request.days() == null) {
            List<Problem.Violation> missing = new ArrayList<>();
            if (request.date() == null) {
                missing.add(new Problem.Violation("date", "must not be null (or give days)"));
            }
            if (request.startTime() == null) {
                missing.add(new Problem.Violation("startTime", "must not be null (or give days)"));
            }
            if (request.endTime() == null) {
                missing.add(new Problem.Violation("endTime", "must not be null (or give days)"));
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
            if (event.isMultiDay()) {
                throw new ProblemException(
                        ProblemType.UNPROCESSABLE,
                        "Training event %s runs over %d days; give its days"
                                .formatted(event.id, event.days().size()),
                        List.of(new Problem.Violation(
                                "days",
                                "the event runs over %d days; a request without days describes a one-day event"
                                        .formatted(event.days().size()))));
            }
            List<ProgrammeItem> programme = request.programme() == null ? event.programme : request.programme();
            return new ArrayList<>(
                    List.of(new EventDay(request.date(), request.startTime(), request.endTime(), programme)));
        }
        List<Problem.Violation> mixed = new ArrayList<>();
        String leaveOut = "leave it out when giving days: each day has its own date, times and programme";
        if (request.date() != null) {
            mixed.add(new Problem.Violation("date", leaveOut));
        }
        if (request.startTime() != null) {
            mixed.add(new Problem.Violation("startTime", leaveOut));
        }
        if (request.endTime() != null) {
            mixed.add(new Problem.Violation("endTime", leaveOut));
        }
        if (request.programme() != null) {
            mixed.add(new Problem.Violation("programme", leaveOut));
        }
        if (!mixed.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, describe(mixed), mixed);
        }
        List<EventDay> current = event.date == null ? List.of() : event.days();
        List<EventDay> days = new ArrayList<>();
        for (EventDay day : request.days()) {
            List<ProgrammeItem> programme = day.programme();
            if (programme == null) {
                programme = current.stream()
                        .filter(d -> d.date().equals(day.date()))
                        .findFirst()
                        .map(EventDay::programmeOrEmpty)
                        .orElse(List.of());
            }
            days.add(new EventDay(day.date(), day.startTime(), day.endTime(), List.copyOf(programme)));
        }
        return days;
    }

    /**
     * {@code capacity} is all places. A hybrid event's {@code onlineCapacity} says how many of them are online (none
     * when absent, as before hybrid places were split); the rest are on site, where at most
     * {@code events.max-on-site-capacity} fit. Only a hybrid event splits its places.
     */
    private void validateCapacities(TrainingEventRequest request, List<Problem.Violation> violations) {
        Integer online = request.onlineCapacity();
        if (online != null && request.mode() != EventMode.HYBRID) {
            violations.add(new Problem.Violation(
                    "onlineCapacity", "only a hybrid event has separate online places; use capacity"));
            return;
        }
        if (online != null && online >= request.capacity()) {
            violations.add(new Problem.Violation(
                    "onlineCapacity",
                    "must be below the capacity %d: a hybrid event has places on site too"
                            .formatted(request.capacity())));
            return;
        }
        int onSite = request.mode() == EventMode.HYBRID
                ? request.capacity() - (online == null ? 0 : online)
                : request.mode() == EventMode.ON_SITE ? request.capacity() : 0;
        if (onSite > config.maxOnSiteCapacity()) {
            violations.add(new Problem.Violation(
                    online != null ? "onlineCapacity" : "capacity",
                    request.mode() == EventMode.HYBRID
                            ? "at most %d participants on site: %d of the %d places are on site; give more of them online"
                                    .formatted(config.maxOnSiteCapacity(), onSite, request.capacity())
                            : "at most %d participants on site".formatted(config.maxOnSiteCapacity())));
        }
    }

    /** Competence weights are optional, but when given they name each competence once and sum to exactly 100%. */
    static void validateCompetences(List<CompetenceShare> competences, List<Problem.Violation> violations) {
        if (competences.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < competences.size(); i++) {
            if (!seen.add(competences.get(i).competence().trim().toLowerCase())) {
                violations.add(new Problem.Violation(
                        "competences[%d].competence".formatted(i), "names a competence a second time"));
            }
        }
        int sum = competences.stream().mapToInt(CompetenceShare::percent).sum();
        if (sum != 100) {
            violations.add(new Problem.Violation(
                    "competences", "the weights sum to %d%%; they must sum to 100%%".formatted(sum)));
        }
    }

    private static String describe(List<Problem.Violation> violations) {
        return violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
