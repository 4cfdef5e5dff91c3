package nl.opleidingsklimaat.events.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToIntFunction;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.registration.PersonalLinks;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationStatus;
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.events.trainingevent.OrganiserAccess;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.ballot.SealedBallotBox;
import nl.opleidingsklimaat.platform.privacy.SmallCells;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;

/**
 * The evaluation questionnaire: for checked-in attendees of a held event, once each; results per event for the
 * organisers. Who evaluated ({@code evaluation_participation}) is written with the sealed ballot in one transaction;
 * the answer itself is stored only when a group of at least the minimum is opened together (see {@link SealedBallotBox}).
 */
@ApplicationScoped
@Transactional
public class EvaluationService {
    @Inject
    OrganiserAccess access;

    @Inject
    CallerScope caller;

    @Inject
    EventsConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    SealedBallotBox ballots;

    @Inject
    PersonalLinks links;

    public void answer(UUID eventId, EvaluationRequest request) {
        TrainingEvent event = access.visible(eventId);
        String person = caller.personReference().orElse("");
        boolean attended = Registration.<Registration>list(
                        "eventId = ?1 and personReference = ?2 and status = ?3",
                        eventId,
                        person,
                        RegistrationStatus.REGISTERED)
                .stream()
                .anyMatch(Registration::attended);
        record(event, person, attended, request);
    }

    /** The attendee's evaluation through their personal link: the same rules, and the same once, as through the API. */
    public void answerByLink(String token, EvaluationRequest request) {
        Registration registration = byLink(token);
        TrainingEvent event = TrainingEvent.findById(registration.eventId);
        record(event, registration.personReference, attended(registration), request);
    }

    /** What the attendee's evaluation page shows: the event, whether they may and did evaluate, the organiser's take-home messages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EvaluationPageView> pageByLink(String token) {
        return links.registration(token).map(registration -> {
            TrainingEvent event = TrainingEvent.findById(registration.eventId);
            return new EvaluationPageView(
                    event.title,
                    DutchText.kind(event.kind),
                    DutchText.date(event.date),
                    attended(registration),
                    event.status == TrainingEventStatus.HELD,
                    evaluated(event.id, registration.personReference),
                    List.copyOf(event.takeHomeMessages));
        });
    }

    private void record(TrainingEvent event, String person, boolean attended, EvaluationRequest request) {
        UUID eventId = event.id;
        if (!attended) {
            throw ProblemException.forbidden("The evaluation is for attendees of training event %s only", eventId);
        }
        if (event.status != TrainingEventStatus.HELD) {
            throw ProblemException.conflict("The evaluation opens once training event %s has been held", eventId);
        }
        int inserted = entityManager
                .createNativeQuery(
                        "INSERT INTO evaluation_participation (event_id, person_reference) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, person)
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("You have already evaluated training event %s", eventId);
        }
        String takeHome = request.takeHome() == null || request.takeHome().isBlank()
                ? null
                : request.takeHome().trim();
        ballots.seal(box(eventId), new EvaluationBallot(request.overall(), request.relevance(), takeHome));
        countWaitingEvaluations(eventId);
    }

    private Registration byLink(String token) {
        return links.registration(token).orElseThrow(() -> ProblemException.notFound("Unknown or replaced link"));
    }

    private static boolean attended(Registration registration) {
        return registration.isAttendee();
    }

    private boolean evaluated(UUID eventId, String person) {
        return ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM evaluation_participation WHERE event_id = ?1 AND person_reference = ?2")
                                .setParameter(1, eventId)
                                .setParameter(2, person)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * Once at least the minimum number of evaluations wait, all of them are opened together and stored in shuffled
     * order, in the transaction of the one who completed the group: many answers share its transaction id and none
     * lines up with the order of answering. Fewer wait sealed for the next ones.
     */
    private void countWaitingEvaluations(UUID eventId) {
        for (EvaluationBallot ballot :
                ballots.openWhenAtLeast(box(eventId), config.minimumRespondents(), EvaluationBallot.class)) {
            EvaluationAnswer answer = new EvaluationAnswer();
            answer.id = UUID.randomUUID();
            answer.eventId = eventId;
            answer.overall = ballot.overall();
            answer.relevance = ballot.relevance();
            answer.takeHome = ballot.takeHome();
            answer.persist();
        }
    }

    /** Results over the counted (opened) answers only, so they change in steps of at least the minimum and never show a smaller group. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationResults results(UUID eventId) {
        TrainingEvent event = access.managed(eventId);
        int minimum = config.minimumRespondents();
        List<EvaluationAnswer> answers = EvaluationAnswer.list("eventId = ?1 order by id", eventId);
        List<String> organiserMessages = List.copyOf(event.takeHomeMessages);
        if (answers.size() < minimum || !SmallCells.shown(answers.size())) {
            return EvaluationResults.nothingYet(eventId, minimum, organiserMessages);
        }
        List<String> takeHomes = answers.stream()
                .map(a -> a.takeHome)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        return EvaluationResults.counted(
                eventId,
                answers.size(),
                minimum,
                mean(answers, a -> a.overall),
                mean(answers, a -> a.relevance),
                takeHomes,
                organiserMessages);
    }

    static String box(UUID eventId) {
        return "evaluation/" + eventId;
    }

    private static BigDecimal mean(List<EvaluationAnswer> answers, ToIntFunction<EvaluationAnswer> score) {
        return BigDecimal.valueOf(answers.stream().mapToInt(score).sum())
                .divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
    }
}
