package nl.opleidingsklimaat.events.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opleidingsklimaat.events.registration.ParticipantAccess;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationStatus;
import nl.opleidingsklimaat.events.trainingevent.OrganiserAccess;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventService;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;

/** Workshop rounds, participants' ranked choices and the allocation ({@link WorkshopAllocator} holds the rule). */
@ApplicationScoped
@Transactional
public class WorkshopService {
    @Inject
    OrganiserAccess access;

    @Inject
    ParticipantAccess participants;

    public WorkshopRoundView addRound(UUID eventId, WorkshopRoundRequest request) {
        TrainingEvent event = access.managed(TrainingEventService.lock(eventId));
        if (event.status != TrainingEventStatus.DRAFT && event.status != TrainingEventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "Training event %s is %s; rounds are added to drafts and published events",
                    eventId, event.status.name().toLowerCase());
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.workshops().size(); i++) {
            if (!codes.add(request.workshops().get(i).code())) {
                throw ProblemException.invalidField(
                        "workshops[%d].code".formatted(i), "a round gives each workshop once");
            }
        }
        WorkshopRound round = new WorkshopRound();
        round.id = UUID.randomUUID();
        round.eventId = eventId;
        round.position = (int) WorkshopRound.count("eventId", eventId) + 1;
        round.title = request.title();
        round.workshops = new ArrayList<>(request.workshops());
        round.persist();
        return WorkshopRoundView.of(round);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorkshopRoundView> rounds(UUID eventId, PageRequest page) {
        access.visible(eventId);
        return Page.of(
                WorkshopRound.find("eventId = ?1 order by position", eventId),
                page,
                r -> WorkshopRoundView.of((WorkshopRound) r));
    }

    /** The owner ranks workshops per round; replaces earlier choices. A code not given in that round is a 422. */
    public List<WorkshopPlacementView> choose(UUID registrationId, WorkshopChoicesRequest request) {
        Registration registration = owned(registrationId);
        if (registration.status != RegistrationStatus.REGISTERED) {
            throw ProblemException.conflict(
                    "Registration %s is %s; only registered participants choose workshops",
                    registrationId, registration.status.code());
        }
        Map<UUID, WorkshopRound> rounds = new HashMap<>();
        WorkshopRound.ofEvent(registration.eventId).forEach(r -> rounds.put(r.id, r));
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> seenRounds = new HashSet<>();
        for (int i = 0; i < request.rounds().size(); i++) {
            RoundChoice choice = request.rounds().get(i);
            WorkshopRound round = rounds.get(choice.roundId());
            if (round == null) {
                violations.add(new Problem.Violation(
                        "rounds[%d].roundId".formatted(i), "is not a workshop round of this event"));
                continue;
            }
            if (!seenRounds.add(round.id)) {
                violations.add(new Problem.Violation("rounds[%d].roundId".formatted(i), "the round is listed twice"));
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < choice.ranked().size(); j++) {
                String code = choice.ranked().get(j);
                if (round.workshop(code).isEmpty()) {
                    violations.add(new Problem.Violation(
                            "rounds[%d].ranked[%d]".formatted(i, j),
                            "workshop %s is not given in round '%s' (this round gives %s)"
                                    .formatted(
                                            code,
                                            round.title,
                                            round.workshops.stream()
                                                    .map(Workshop::code)
                                                    .toList())));
                } else if (!seen.add(code)) {
                    violations.add(new Problem.Violation(
                            "rounds[%d].ranked[%d]".formatted(i, j), "workshop %s is ranked twice".formatted(code)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE, "The workshop choices do not fit the event's rounds", violations);
        }
        WorkshopChoice.delete("key.registrationId", registrationId);
        for (RoundChoice choice : request.rounds()) {
            WorkshopChoice stored = new WorkshopChoice();
            stored.key = new WorkshopChoiceKey(registrationId, choice.roundId());
            stored.rankedCodes = new ArrayList<>(choice.ranked());
            stored.persist();
        }
        return placements(registrationId);
    }

    /** Runs the allocation for all registered participants with choices, replacing an earlier one. */
    public WorkshopAllocationSummary allocate(UUID eventId) {
        TrainingEvent event = access.managed(TrainingEventService.lock(eventId));
        if (event.status != TrainingEventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "Training event %s is %s; workshops are allocated for a published event",
                    eventId, event.status.name().toLowerCase());
        }
        List<WorkshopRound> rounds = WorkshopRound.ofEvent(eventId);
        if (rounds.isEmpty()) {
            throw ProblemException.unprocessable("Training event %s has no workshop rounds", eventId);
        }
        List<UUID> roundIds = rounds.stream().map(r -> r.id).toList();
        WorkshopAllocation.delete("key.roundId in ?1", roundIds);
        List<Registration> registered =
                Registration.list("eventId = ?1 and status = ?2 order by id", eventId, RegistrationStatus.REGISTERED);
        List<WorkshopAllocator.Participant> participants = new ArrayList<>();
        for (Registration registration : registered) {
            Map<UUID, List<String>> choices = new HashMap<>();
            WorkshopChoice.<WorkshopChoice>list("key.registrationId", registration.id)
                    .forEach(c -> choices.put(c.key.roundId(), List.copyOf(c.rankedCodes)));
            if (!choices.isEmpty()) {
                participants.add(new WorkshopAllocator.Participant(registration.id, choices));
            }
        }
        List<WorkshopAllocator.Round> input = rounds.stream()
                .map(r -> {
                    Map<String, Integer> capacities = new LinkedHashMap<>();
                    r.workshops.forEach(w -> capacities.put(w.code(), w.capacity()));
                    return new WorkshopAllocator.Round(r.id, capacities);
                })
                .toList();
        List<WorkshopAllocator.Placement> placements = WorkshopAllocator.allocate(eventId, input, participants);
        for (WorkshopAllocator.Placement placement : placements) {
            WorkshopAllocation allocation = new WorkshopAllocation();
            allocation.key = new WorkshopChoiceKey(placement.registrationId(), placement.roundId());
            allocation.workshopCode = placement.workshopCode();
            allocation.choiceRank = placement.rank();
            allocation.persist();
        }
        List<RoundAllocation> summary = rounds.stream()
                .map(round -> {
                    List<WorkshopAllocator.Placement> inRound = placements.stream()
                            .filter(p -> p.roundId().equals(round.id))
                            .toList();
                    long choosing = participants.stream()
                            .filter(p -> p.choices().containsKey(round.id))
                            .count();
                    List<WorkshopFill> fills = round.workshops.stream()
                            .map(w -> new WorkshopFill(
                                    w.code(),
                                    w.title(),
                                    w.capacity(),
                                    inRound.stream()
                                            .filter(p -> p.workshopCode().equals(w.code()))
                                            .count()))
                            .toList();
                    long first = inRound.stream()
                            .filter(p -> Integer.valueOf(1).equals(p.rank()))
                            .count();
                    long without =
                            inRound.stream().filter(p -> p.rank() == null).count();
                    return new RoundAllocation(
                            round.id,
                            round.title,
                            fills,
                            first,
                            inRound.size() - first - without,
                            without,
                            choosing - inRound.size());
                })
                .toList();
        return new WorkshopAllocationSummary(eventId, participants.size(), summary);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkshopPlacementView> placementsOf(UUID registrationId) {
        visibleRegistration(registrationId);
        return placements(registrationId);
    }

    private List<WorkshopPlacementView> placements(UUID registrationId) {
        List<WorkshopPlacementView> views = new ArrayList<>();
        for (WorkshopAllocation allocation :
                WorkshopAllocation.<WorkshopAllocation>list("key.registrationId", registrationId)) {
            WorkshopRound round = WorkshopRound.findById(allocation.key.roundId());
            views.add(new WorkshopPlacementView(
                    round.id,
                    round.title,
                    allocation.workshopCode,
                    round.workshop(allocation.workshopCode).map(Workshop::title).orElse(null),
                    allocation.choiceRank));
        }
        views.sort(java.util.Comparator.comparing(v -> ((WorkshopRound) WorkshopRound.findById(v.roundId())).position));
        return views;
    }

    private Registration owned(UUID registrationId) {
        Registration registration = Registration.findById(registrationId);
        if (registration == null || !(participants.isOwner(registration) || participants.machineHolds(registration))) {
            throw ProblemException.notFound("Registration %s not found", registrationId);
        }
        return registration;
    }

    private Registration visibleRegistration(UUID registrationId) {
        Registration registration = Registration.findById(registrationId);
        if (registration != null && participants.mayRead(registration, TrainingEvent.findById(registration.eventId))) {
            return registration;
        }
        throw ProblemException.notFound("Registration %s not found", registrationId);
    }
}
