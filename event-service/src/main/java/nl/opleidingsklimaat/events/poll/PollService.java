package nl.opleidingsklimaat.events.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.opleidingsklimaat.events.EventsConfig;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.registration.RegistrationStatus;
import nl.opleidingsklimaat.events.trainingevent.OrganiserAccess;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventService;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventStatus;
import nl.opleidingsklimaat.platform.ballot.SealedBallotBox;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.privacy.LinkTokens;
import nl.opleidingsklimaat.platform.privacy.SmallCells;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;

/**
 * Live polls: the organiser opens and closes them; each registered participant answers once. Who answered
 * ({@code poll_participation}) is written with a sealed ballot; answers are stored only in groups of at least the
 * minimum, opened together in shuffled order, and results count those groups only.
 */
@ApplicationScoped
@Transactional
public class PollService {
    /** A word-cloud answer is a word or a short phrase. */
    public static final int MOST_WORD_CHARACTERS = 40;

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

    public PollView create(UUID eventId, PollRequest request) {
        TrainingEvent event = access.managed(eventId);
        if (event.status == TrainingEventStatus.CANCELLED || event.status == TrainingEventStatus.HELD) {
            throw ProblemException.conflict(
                    "Training event %s is %s", eventId, event.status.name().toLowerCase());
        }
        Poll poll = new Poll();
        poll.id = UUID.randomUUID();
        poll.eventId = eventId;
        poll.question = request.question();
        poll.joinCode = unusedJoinCode();
        poll.type = request.type();
        poll.status = PollStatus.PREPARED;
        if (request.type() != PollType.MULTIPLE_CHOICE
                && request.correctOptions() != null
                && !request.correctOptions().isEmpty()) {
            throw ProblemException.invalidField(
                    "correctOptions", "only a multiple-choice poll has correct options (a quiz)");
        }
        switch (request.type()) {
            case MULTIPLE_CHOICE -> {
                if (request.options() == null || request.options().size() < 2) {
                    throw ProblemException.invalidField("options", "a multiple-choice poll needs at least 2 options");
                }
                if (request.options().stream().distinct().count()
                        != request.options().size()) {
                    throw ProblemException.invalidField("options", "each option once");
                }
                poll.options = new ArrayList<>(request.options());
                poll.correctOptions = new ArrayList<>(correctOptions(request));
            }
            case SCALE -> {
                if (request.scaleMin() == null
                        || request.scaleMax() == null
                        || request.scaleMin() >= request.scaleMax()) {
                    throw ProblemException.invalidField("scaleMax", "a scale poll needs scaleMin below scaleMax");
                }
                poll.scaleMin = request.scaleMin();
                poll.scaleMax = request.scaleMax();
            }
            case WORD_CLOUD -> {}
        }
        poll.persist();
        return PollView.forOrganiser(poll);
    }

    /** A quiz's correct options: each one of the poll's options, each once. */
    private static List<String> correctOptions(PollRequest request) {
        List<String> correct = request.correctOptions() == null ? List.of() : request.correctOptions();
        for (String option : correct) {
            if (!request.options().contains(option)) {
                throw ProblemException.invalidField(
                        "correctOptions", "'%s' is not one of the options %s".formatted(option, request.options()));
            }
        }
        if (correct.stream().distinct().count() != correct.size()) {
            throw ProblemException.invalidField("correctOptions", "each correct option once");
        }
        return correct;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PollView> ofEvent(UUID eventId, PageRequest page) {
        boolean organiser = access.mayManage(access.visible(eventId));
        return Page.of(
                Poll.find("eventId = ?1 order by createdAt, id", eventId),
                page,
                p -> organiser ? PollView.forOrganiser((Poll) p) : PollView.of((Poll) p));
    }

    public PollView open(UUID pollId) {
        Poll poll = managed(pollId);
        TrainingEvent event = TrainingEvent.findById(poll.eventId);
        if (event.status != TrainingEventStatus.PUBLISHED) {
            throw ProblemException.conflict(
                    "Polls are opened during a published event; %s is %s",
                    event.id, event.status.name().toLowerCase());
        }
        if (poll.status != PollStatus.PREPARED) {
            throw ProblemException.conflict(
                    "Poll %s is already %s", pollId, poll.status.name().toLowerCase());
        }
        poll.status = PollStatus.OPEN;
        return PollView.forOrganiser(poll);
    }

    public PollView close(UUID pollId) {
        Poll poll = managed(pollId);
        if (poll.status != PollStatus.OPEN) {
            throw ProblemException.conflict(
                    "Poll %s is %s; only an open poll can be closed",
                    pollId, poll.status.name().toLowerCase());
        }
        poll.status = PollStatus.CLOSED;
        return PollView.forOrganiser(poll);
    }

    public void answer(UUID pollId, PollAnswerRequest request) {
        Poll poll = Poll.findById(pollId);
        String person = caller.personReference().orElse("");
        if (poll == null || !isParticipant(poll.eventId, person)) {
            throw ProblemException.notFound("Poll %s not found", pollId);
        }
        record(poll, person, request);
    }

    /**
     * An answer from a phone that joined by the poll's code: anonymous, so the poll is answered once per browser, the
     * browser known by a random id it keeps in a cookie (README, "Pages"). Who answered is the id's hash with the
     * poll's id, so one browser's answers to two polls cannot be told to be from the same browser.
     */
    public void answerFromBrowser(String joinCode, String browser, PollAnswerRequest request) {
        Poll poll = Poll.byJoinCode(joinCode);
        if (poll == null) {
            throw ProblemException.notFound("No poll with this code");
        }
        record(poll, browserReference(poll.id, browser), request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PollView> byJoinCode(String joinCode) {
        return Optional.ofNullable(Poll.byJoinCode(joinCode)).map(PollView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean answeredFromBrowser(UUID pollId, String browser) {
        return ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM poll_participation WHERE poll_id = ?1 AND person_reference = ?2")
                                .setParameter(1, pollId)
                                .setParameter(2, browserReference(pollId, browser))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * The results the room's screen shows, found by the code that screen displays to everyone in the room: the same
     * counted groups as {@link #results(UUID)}, so nothing below the minimum.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PollResults> resultsByJoinCode(String joinCode) {
        return Optional.ofNullable(Poll.byJoinCode(joinCode)).map(this::counted);
    }

    private void record(Poll poll, String participant, PollAnswerRequest request) {
        if (poll.status != PollStatus.OPEN) {
            throw ProblemException.conflict(
                    "Poll %s is %s and takes no answers",
                    poll.id, poll.status.name().toLowerCase());
        }
        String answer = validAnswer(poll, request);
        int inserted = entityManager
                .createNativeQuery(
                        "INSERT INTO poll_participation (poll_id, person_reference) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, poll.id)
                .setParameter(2, participant)
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("You have already answered poll %s", poll.id);
        }
        ballots.seal(box(poll.id), new PollBallot(answer));
        countWaitingAnswers(poll.id);
    }

    static String browserReference(UUID pollId, String browser) {
        return "browser:" + LinkTokens.hash(pollId + "/" + browser);
    }

    private static String unusedJoinCode() {
        String code = JoinCodes.random();
        while (Poll.count("joinCode", code) > 0) {
            code = JoinCodes.random();
        }
        return code;
    }

    /**
     * Once at least the minimum number of answers wait, they are opened together and stored in shuffled order in this
     * transaction; fewer wait, sealed. Answers that never make up a group (a poll closed with 1 to 3 waiting) are
     * never counted: opening them would show them apart from the answers already counted.
     */
    private void countWaitingAnswers(UUID pollId) {
        for (PollBallot ballot : ballots.openWhenAtLeast(box(pollId), config.minimumRespondents(), PollBallot.class)) {
            PollAnswer stored = new PollAnswer();
            stored.id = UUID.randomUUID();
            stored.pollId = pollId;
            stored.answer = ballot.answer();
            stored.persist();
        }
    }

    static String box(UUID pollId) {
        return "poll/" + pollId;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PollResults results(UUID pollId) {
        Poll poll = Poll.findById(pollId);
        if (poll == null) {
            throw ProblemException.notFound("Poll %s not found", pollId);
        }
        TrainingEvent event = TrainingEvent.findById(poll.eventId);
        if (!access.mayManage(event)
                && !isParticipant(poll.eventId, caller.personReference().orElse(""))) {
            throw ProblemException.notFound("Poll %s not found", pollId);
        }
        return counted(poll);
    }

    private PollResults counted(Poll poll) {
        UUID pollId = poll.id;
        int minimum = config.minimumRespondents();
        List<String> answers = PollAnswer.<PollAnswer>list("pollId", pollId).stream()
                .map(a -> a.answer)
                .toList();
        List<String> correct = poll.revealsCorrectAnswer() ? List.copyOf(poll.correctOptions) : null;
        if (answers.size() < minimum || !SmallCells.shown(answers.size())) {
            return PollResults.nothingYet(pollId, poll.status, minimum, correct);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        if (poll.type == PollType.MULTIPLE_CHOICE) {
            poll.options.forEach(o -> counts.put(o, 0L));
        } else if (poll.type == PollType.SCALE) {
            for (int v = poll.scaleMin; v <= poll.scaleMax; v++) {
                counts.put(String.valueOf(v), 0L);
            }
        }
        answers.forEach(a -> counts.merge(a, 1L, Long::sum));
        BigDecimal mean = poll.type != PollType.SCALE
                ? null
                : BigDecimal.valueOf(
                                answers.stream().mapToInt(Integer::parseInt).sum())
                        .divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
        Integer correctPercent = correct == null
                ? null
                : BigDecimal.valueOf(answers.stream().filter(correct::contains).count() * 100L)
                        .divide(BigDecimal.valueOf(answers.size()), 0, RoundingMode.HALF_UP)
                        .intValueExact();
        return PollResults.counted(pollId, poll.status, answers.size(), minimum, counts, mean, correct, correctPercent);
    }

    private String validAnswer(Poll poll, PollAnswerRequest request) {
        return switch (poll.type) {
            case MULTIPLE_CHOICE -> {
                if (request.option() == null || !poll.options.contains(request.option())) {
                    throw ProblemException.invalidField("option", "must be one of " + poll.options);
                }
                yield request.option();
            }
            case SCALE -> {
                if (request.value() == null || request.value() < poll.scaleMin || request.value() > poll.scaleMax) {
                    throw ProblemException.invalidField(
                            "value", "must be a whole number from %d to %d".formatted(poll.scaleMin, poll.scaleMax));
                }
                yield String.valueOf(request.value());
            }
            case WORD_CLOUD -> {
                if (request.text() == null
                        || request.text().isBlank()
                        || request.text().trim().length() > MOST_WORD_CHARACTERS) {
                    throw ProblemException.invalidField(
                            "text", "give a word or short phrase of at most " + MOST_WORD_CHARACTERS + " characters");
                }
                yield request.text().trim().toLowerCase(Locale.ROOT);
            }
        };
    }

    private boolean isParticipant(UUID eventId, String person) {
        return Registration.count(
                        "eventId = ?1 and personReference = ?2 and status = ?3",
                        eventId,
                        person,
                        RegistrationStatus.REGISTERED)
                > 0;
    }

    private Poll managed(UUID pollId) {
        Poll poll = Poll.findById(pollId);
        if (poll == null) {
            throw ProblemException.notFound("Poll %s not found", pollId);
        }
        access.managed(TrainingEventService.lock(poll.eventId));
        return poll;
    }
}
