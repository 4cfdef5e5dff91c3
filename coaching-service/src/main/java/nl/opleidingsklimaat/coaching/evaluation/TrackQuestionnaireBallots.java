package nl.opleidingsklimaat.coaching.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.opleidingsklimaat.coaching.policy.Coachee;
import nl.opleidingsklimaat.platform.ballot.SealedBallotBox;
import nl.opleidingsklimaat.platform.privacy.SmallCells;

/**
 * A track questionnaire's scores on their way to the institution's figures, as the intervision questionnaire's: sealed
 * in the transaction that marks the track as answered, opened in a transaction of their own only when at least 4
 * ballots of the same institution, coachee and questionnaire wait, and stored in shuffled order without the track.
 */
@ApplicationScoped
public class TrackQuestionnaireBallots {
    @Inject
    SealedBallotBox box;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void seal(String institution, Coachee coachee, TrackQuestionnaire questionnaire, TrackBallot ballot) {
        box.seal(boxName(institution, coachee, questionnaire), ballot);
    }

    /** Opens the box when at least 4 ballots wait; a remainder of 1 to 3 waits, sealed, for the next ones. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void openReady(String institution, Coachee coachee, TrackQuestionnaire questionnaire) {
        List<TrackBallot> ballots = box.openWhenAtLeast(
                boxName(institution, coachee, questionnaire), SmallCells.MINIMUM, TrackBallot.class);
        if (ballots.isEmpty()) {
            return;
        }
        for (TrackBallot ballot : ballots) {
            ballot.scores().forEach((item, value) -> {
                TrackQuestionnaireScore score = new TrackQuestionnaireScore();
                score.institutionCode = institution;
                score.coachee = coachee;
                score.questionnaire = questionnaire;
                score.item = item;
                score.score = value;
                score.persist();
            });
        }
        entityManager
                .createNativeQuery("""
                INSERT INTO track_questionnaire_tally (institution_code, coachee, questionnaire, respondents)
                VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (institution_code, coachee, questionnaire)
                DO UPDATE SET respondents = track_questionnaire_tally.respondents + EXCLUDED.respondents""")
                .setParameter(1, institution)
                .setParameter(2, coachee.name())
                .setParameter(3, questionnaire.name())
                .setParameter(4, ballots.size())
                .executeUpdate();
    }

    /** How many answers are opened and counted in the institution's figures. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long opened(String institution, Coachee coachee, TrackQuestionnaire questionnaire) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT respondents FROM track_questionnaire_tally"
                        + " WHERE institution_code = ?1 AND coachee = ?2 AND questionnaire = ?3")
                .setParameter(1, institution)
                .setParameter(2, coachee.name())
                .setParameter(3, questionnaire.name())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private static String boxName(String institution, Coachee coachee, TrackQuestionnaire questionnaire) {
        return "track-questionnaire/" + institution + "/" + coachee + "/" + questionnaire;
    }
}
