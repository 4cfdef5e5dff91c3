package nl.opleidingsklimaat.coaching.evaluation;

import static nl.opleidingsklimaat.coaching.track.TrackAccess.Relation.RESIDENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.conflict.UniqueRows;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.policy.Measure;
import nl.opleidingsklimaat.coaching.track.CoachingTrack;
import nl.opleidingsklimaat.coaching.track.TrackAccess;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/**
 * The coached person's anonymous evaluation of a track and the effect measure before and after it. The track is marked
 * as answered and the scores are sealed in one transaction; they reach the institution's figures only together with at
 * least 3 other answers ({@link TrackQuestionnaireBallots#openReady}, after that transaction).
 */
@ApplicationScoped
@Transactional
public class TrackQuestionnaireService {
    @Inject
    TrackAccess access;

    @Inject
    CoachingPolicy policy;

    @Inject
    TrackQuestionnaireBallots ballots;

    public SealedAnswer answer(UUID trackId, TrackQuestionnaire questionnaire, TrackQuestionnaireRequest request) {
        CoachingTrack track = access.require(trackId, RESIDENT);
        requireKnownItems(request.scores(), itemsOf(questionnaire));
        AnswerWindow.ensureOpen(questionnaire, track.state, track.sessionsHeld());
        String already = "This track's " + questionnaire.name().toLowerCase(java.util.Locale.ROOT) + " is answered";
        if (TrackQuestionnaireSubmission.answered(track.id, questionnaire)) {
            throw ProblemException.conflict(already);
        }
        TrackQuestionnaireSubmission submission = new TrackQuestionnaireSubmission();
        submission.trackId = track.id;
        submission.questionnaire = questionnaire;
        UniqueRows.persist(submission, already);
        ballots.seal(
                track.institutionCode, track.coachee, questionnaire, new TrackBallot(Map.copyOf(request.scores())));
        return new SealedAnswer(track.institutionCode, track.coachee, questionnaire);
    }

    /** Opens the answer's box if it now holds at least 4 ballots; in a transaction of its own. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void openReady(SealedAnswer answer) {
        ballots.openReady(answer.institutionCode(), answer.coachee(), answer.questionnaire());
    }

    List<Measure> itemsOf(TrackQuestionnaire questionnaire) {
        return questionnaire == TrackQuestionnaire.EVALUATION ? policy.trackEvaluation() : policy.effectMeasures();
    }

    private static void requireKnownItems(Map<String, Integer> scores, List<Measure> items) {
        List<String> known = items.stream().map(Measure::code).toList();
        List<Problem.Violation> unknown = scores.keySet().stream()
                .filter(item -> !known.contains(item))
                .map(item -> new Problem.Violation("scores." + item, "unknown item; known: " + known))
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
    }
}
