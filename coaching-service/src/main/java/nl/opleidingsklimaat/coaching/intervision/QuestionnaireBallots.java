package nl.opleidingsklimaat.coaching.intervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.ballot.SealedBallotBox;
import nl.opleidingsklimaat.platform.privacy.SmallCells;

/**
 * The effect questionnaire's scores on their way from a member to the group results. {@link #seal} drops them, sealed,
 * in the group phase's ballot box in the transaction that marks the member as having answered; {@link #openReady}, in
 * a transaction of its own (never the member's), opens the box only when at least 4 ballots wait and stores their
 * scores in shuffled order. So no score row shares a transaction or an order with a submission, and the results move
 * in steps of at least 4 answers: reading them before and after cannot isolate one member's scores.
 */
@ApplicationScoped
public class QuestionnaireBallots {
    @Inject
    SealedBallotBox box;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void seal(UUID groupId, Phase phase, QuestionnaireBallot ballot) {
        box.seal(boxName(groupId, phase), ballot);
    }

    /** Opens the phase's box when at least 4 ballots wait; a remainder of 1 to 3 waits, sealed, for the next ones. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void openReady(UUID groupId, Phase phase) {
        List<QuestionnaireBallot> ballots =
                box.openWhenAtLeast(boxName(groupId, phase), SmallCells.MINIMUM, QuestionnaireBallot.class);
        if (ballots.isEmpty()) {
            return;
        }
        for (QuestionnaireBallot ballot : ballots) {
            ballot.scores().forEach((measure, value) -> {
                QuestionnaireScore score = new QuestionnaireScore();
                score.groupId = groupId;
                score.phase = phase;
                score.measure = measure;
                score.score = value;
                score.persist();
            });
        }
        entityManager
                .createNativeQuery("""
                INSERT INTO questionnaire_tally (group_id, phase, respondents) VALUES (?1, ?2, ?3)
                ON CONFLICT (group_id, phase) DO UPDATE SET respondents = questionnaire_tally.respondents + EXCLUDED.respondents""")
                .setParameter(1, groupId)
                .setParameter(2, phase.name())
                .setParameter(3, ballots.size())
                .executeUpdate();
    }

    /** How many answers of the phase are opened and counted in its results. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long opened(UUID groupId, Phase phase) {
        List<?> rows = entityManager
                .createNativeQuery("SELECT respondents FROM questionnaire_tally WHERE group_id = ?1 AND phase = ?2")
                .setParameter(1, groupId)
                .setParameter(2, phase.name())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private static String boxName(UUID groupId, Phase phase) {
        return "intervision-questionnaire/" + groupId + "/" + phase;
    }
}
