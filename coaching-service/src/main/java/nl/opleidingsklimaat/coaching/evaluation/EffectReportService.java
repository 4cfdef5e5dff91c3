package nl.opleidingsklimaat.coaching.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.coaching.access.OrganisationAccess;
import nl.opleidingsklimaat.coaching.policy.Coachee;
import nl.opleidingsklimaat.coaching.policy.CoachingPolicy;
import nl.opleidingsklimaat.coaching.policy.Measure;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import nl.opleidingsklimaat.platform.privacy.SmallCells;

/**
 * An institution's effect of coaching and intervision (the measure before and after) and the evaluation of its tracks,
 * over opened answers only: each figure from at least 4 answers, opened in steps of at least 4, residents and
 * supervisors apart.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EffectReportService {
    static final String NOTE = "Answers are anonymous and reach these figures in groups of at least 4 of the same"
            + " institution; answers that wait for their group are kept sealed. No figure is shown from fewer than 4.";

    @Inject
    OrganisationAccess visibility;

    @Inject
    CoachingPolicy policy;

    @Inject
    TrackQuestionnaireBallots ballots;

    @Inject
    EntityManager entityManager;

    public EffectReport institution(String code) {
        visibility.institution(code);
        return new EffectReport(
                code,
                effects(code, Coachee.RESIDENT),
                effects(code, Coachee.SUPERVISOR),
                policy.effectMeasures(),
                policy.trackEvaluation(),
                NOTE);
    }

    private CoacheeEffects effects(String institution, Coachee coachee) {
        for (TrackQuestionnaire questionnaire : TrackQuestionnaire.values()) {
            ballots.openReady(institution, coachee, questionnaire); // in case the service stopped before opening
        }
        EffectSummary coaching = effect(
                track(institution, coachee, TrackQuestionnaire.BEFORE, policy.effectMeasures()),
                track(institution, coachee, TrackQuestionnaire.AFTER, policy.effectMeasures()));
        EffectSummary intervision = effect(
                intervision(institution, coachee == Coachee.SUPERVISOR, "PRE"),
                intervision(institution, coachee == Coachee.SUPERVISOR, "POST"));
        return new CoacheeEffects(
                coaching,
                intervision,
                track(institution, coachee, TrackQuestionnaire.EVALUATION, policy.trackEvaluation()));
    }

    private ScoreSummary track(
            String institution, Coachee coachee, TrackQuestionnaire questionnaire, List<Measure> items) {
        long respondents = ballots.opened(institution, coachee, questionnaire);
        List<?> rows = entityManager
                .createNativeQuery("SELECT item, avg(score) FROM track_questionnaire_score"
                        + " WHERE institution_code = ?1 AND coachee = ?2 AND questionnaire = ?3 GROUP BY item")
                .setParameter(1, institution)
                .setParameter(2, coachee.name())
                .setParameter(3, questionnaire.name())
                .getResultList();
        return summary(respondents, rows, items);
    }

    /** The institution's intervision groups of supervisors, or of the others, over their opened answers. */
    private ScoreSummary intervision(String institution, boolean supervisors, String phase) {
        String groups = "SELECT g.id FROM intervision_group g WHERE g.institution_code = ?1 AND g.participant_kind "
                + (supervisors ? "=" : "<>") + " 'SUPERVISORS'";
        Number respondents = (Number) entityManager
                .createNativeQuery("SELECT coalesce(sum(respondents), 0) FROM questionnaire_tally"
                        + " WHERE phase = ?2 AND group_id IN (" + groups + ")")
                .setParameter(1, institution)
                .setParameter(2, phase)
                .getSingleResult();
        List<?> rows = entityManager
                .createNativeQuery("SELECT measure, avg(score) FROM questionnaire_score"
                        + " WHERE phase = ?2 AND group_id IN (" + groups + ") GROUP BY measure")
                .setParameter(1, institution)
                .setParameter(2, phase)
                .getResultList();
        return summary(respondents.longValue(), rows, policy.effectMeasures());
    }

    private static ScoreSummary summary(long respondents, List<?> rows, List<Measure> items) {
        if (!SmallCells.shown(respondents)) {
            return new ScoreSummary(SuppressedCount.atLeastMinimum(respondents), null);
        }
        Map<String, BigDecimal> byItem = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            byItem.put((String) cells[0], new BigDecimal(cells[1].toString()).setScale(2, RoundingMode.HALF_UP));
        }
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (Measure item : items) {
            if (byItem.containsKey(item.code())) {
                means.put(item.code(), byItem.get(item.code()));
            }
        }
        return new ScoreSummary(SuppressedCount.atLeastMinimum(respondents), means);
    }

    private static EffectSummary effect(ScoreSummary before, ScoreSummary after) {
        if (before.means() == null || after.means() == null) {
            return new EffectSummary(before, after, null);
        }
        Map<String, BigDecimal> change = new LinkedHashMap<>();
        after.means().forEach((measure, mean) -> {
            BigDecimal was = before.means().get(measure);
            if (was != null) {
                change.put(measure, mean.subtract(was));
            }
        });
        return new EffectSummary(before, after, change);
    }
}
