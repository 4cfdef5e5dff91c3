package nl.opleidingsklimaat.survey.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;

/**
 * Open answers can name someone ("ask Jan, 06-12345678"). The programme side (director, supervisors, machine tokens)
 * reads a programme's open answers only after the COC of its institution has reviewed them, and then with the COC's
 * redactions applied; the COC reads every answer as given, with what may identify someone flagged. Every review and
 * redaction is audit-logged. Runs in the caller's transaction.
 */
@ApplicationScoped
public class OpenAnswers {
    static final String REMOVED = "[verwijderd door de COC]";

    @Inject
    EntityManager entityManager;

    @Inject
    ReportStatistics statistics;

    @Inject
    AuditLog audit;

    OpenAnswersReview status(ProgrammeReport report) {
        long reviews = ((Number) entityManager
                        .createNativeQuery(
                                "SELECT count(*) FROM open_answer_review WHERE campaign_id = ?1 AND programme_code = ?2")
                        .setParameter(1, report.campaignId)
                        .setParameter(2, report.programmeCode)
                        .getSingleResult())
                .longValue();
        return reviews > 0 ? OpenAnswersReview.REVIEWED : OpenAnswersReview.AWAITING_COC_REVIEW;
    }

    /** Every answer as given, flagged, with what the programme side reads instead where the COC redacted it. */
    List<OpenAnswerView> asGiven(ProgrammeReport report) {
        Map<UUID, String> redactions = redactions(report);
        return statistics.openAnswers(report.campaignId, report.programmeCode).stream()
                .map(a -> new OpenAnswerView(
                        a.id(),
                        a.item(),
                        a.domain(),
                        a.text(),
                        IdentifyingDetails.in(a.text()),
                        redactions.get(a.id())))
                .toList();
    }

    /** The reviewed answers with the redactions applied, sorted by question and shown text; 409 before the review. */
    List<OpenAnswerView> reviewed(ProgrammeReport report) {
        if (status(report) != OpenAnswersReview.REVIEWED) {
            throw ProblemException.conflict(
                    "Awaiting COC review: the open answers of %s are shown to the programme once the COC of %s has "
                            + "reviewed them",
                    report.programmeCode, report.institutionCode);
        }
        Map<UUID, String> redactions = redactions(report);
        record Shown(int position, String item, String domain, String text) {}
        // Sorted by the text shown, so a redaction's place in the list says nothing about the text it replaced.
        return statistics.openAnswers(report.campaignId, report.programmeCode).stream()
                .map(a -> new Shown(a.position(), a.item(), a.domain(), redactions.getOrDefault(a.id(), a.text())))
                .sorted(Comparator.comparingInt(Shown::position).thenComparing(Shown::text))
                .map(a -> OpenAnswerView.forProgrammeSide(a.item(), a.domain(), a.text()))
                .toList();
    }

    /**
     * Records the COC's review: the programme side reads the open answers from now on, with these redactions (a new
     * review replaces the earlier one). Unknown or repeated answer ids store nothing (422).
     */
    OpenAnswerReviewResult review(ProgrammeReport report, OpenAnswerReviewRequest request) {
        List<OpenAnswer> answers = statistics.openAnswers(report.campaignId, report.programmeCode);
        Set<UUID> known = new HashSet<>();
        answers.forEach(a -> known.add(a.id()));
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<OpenAnswerReviewRequest.Redaction> redactions = request.redactionsOrEmpty();
        for (int i = 0; i < redactions.size(); i++) {
            OpenAnswerReviewRequest.Redaction redaction = redactions.get(i);
            String path = "redactions[" + i + "]";
            if (redaction.removes() == (redaction.replacement() != null)) {
                violations.add(new Problem.Violation(path, "give either a replacement text or remove: true"));
            }
            if (!known.contains(redaction.answerId())) {
                violations.add(new Problem.Violation(
                        path + ".answerId", "no open answer " + redaction.answerId() + " in this report"));
            } else if (!seen.add(redaction.answerId())) {
                violations.add(new Problem.Violation(
                        path + ".answerId", "answer " + redaction.answerId() + " is redacted twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "%d of %d redactions are invalid; the review was not stored"
                            .formatted(
                                    violations.stream()
                                            .map(v -> v.field().replaceAll("\\].*", "]"))
                                            .distinct()
                                            .count(),
                                    redactions.size()),
                    violations);
        }
        String resource = report.campaignId + "/" + report.programmeCode;
        entityManager
                .createNativeQuery("DELETE FROM open_answer_redaction WHERE campaign_id = ?1 AND programme_code = ?2")
                .setParameter(1, report.campaignId)
                .setParameter(2, report.programmeCode)
                .executeUpdate();
        entityManager
                .createNativeQuery("""
                INSERT INTO open_answer_review (campaign_id, programme_code) VALUES (?1, ?2) ON CONFLICT DO NOTHING""")
                .setParameter(1, report.campaignId)
                .setParameter(2, report.programmeCode)
                .executeUpdate();
        audit.record("review-open-answers", "report", resource);
        for (OpenAnswerReviewRequest.Redaction redaction : redactions) {
            entityManager
                    .createNativeQuery("""
                    INSERT INTO open_answer_redaction (campaign_id, programme_code, answer_id, replacement) VALUES (?1, ?2, ?3, ?4)""")
                    .setParameter(1, report.campaignId)
                    .setParameter(2, report.programmeCode)
                    .setParameter(3, redaction.answerId())
                    .setParameter(4, redaction.removes() ? REMOVED : redaction.replacement())
                    .executeUpdate();
            audit.record(
                    redaction.removes() ? "remove-open-answer" : "redact-open-answer",
                    "open-answer",
                    resource + "/" + redaction.answerId());
        }
        return new OpenAnswerReviewResult(answers.size(), redactions.size(), OpenAnswersReview.REVIEWED);
    }

    private Map<UUID, String> redactions(ProgrammeReport report) {
        Map<UUID, String> redactions = new HashMap<>();
        List<?> rows = entityManager
                .createNativeQuery("""
                SELECT answer_id, replacement FROM open_answer_redaction WHERE campaign_id = ?1 AND programme_code = ?2""")
                .setParameter(1, report.campaignId)
                .setParameter(2, report.programmeCode)
                .getResultList();
        rows.stream().map(Object[].class::cast).forEach(r -> redactions.put((UUID) r[0], (String) r[1]));
        return redactions;
    }
}
