package nl.opleidingsklimaat.quality.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import nl.opleidingsklimaat.contracts.survey.DomainScore;
import nl.opleidingsklimaat.platform.privacy.SmallCells;
import nl.opleidingsklimaat.quality.access.Visibility;
import nl.opleidingsklimaat.quality.report.ReportOutcome;

/**
 * A programme's report outcome as the dashboard caller may see it. Survey-service owns the figures and names, with each
 * report, the roles that may read them (its audiences): a caller without one of those roles sees that there is a
 * report and its state, never its figures. Of the figures, a count of 1 to 3 people is never shown, and nothing that
 * would give it back (a response rate next to the invited).
 */
@ApplicationScoped
public class ReportFigures {

    @Inject
    Visibility visibility;

    public ReportStatus status(ReportOutcome outcome) {
        if (outcome == null) {
            return ReportStatus.NONE;
        }
        boolean released = outcome.status == ReportOutcome.Status.RELEASED;
        ReportState state = released ? ReportState.RELEASED : ReportState.WITHHELD;
        if (!visibility.inAudience(outcome.audiences)) {
            return new ReportStatus(
                    state,
                    outcome.id.campaignId(),
                    outcome.instrumentCode,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    "the report's figures are for " + String.join(", ", outcome.audiences) + " only");
        }
        Integer invited = shownCount(outcome.invited);
        Integer respondents = shownCount(outcome.respondents);
        BigDecimal responseRate = invited == null || respondents == null ? null : outcome.responseRate;
        List<DomainScore> scores = released && outcome.domainScores != null
                ? outcome.domainScores.stream()
                        .filter(score -> SmallCells.shown(score.respondents()))
                        .toList()
                : List.of();
        String note = respondents == null || invited == null
                ? SmallCells.FEWER_THAN_MINIMUM + " residents: that count is not shown"
                : null;
        return new ReportStatus(
                state,
                outcome.id.campaignId(),
                outcome.instrumentCode,
                invited,
                respondents,
                responseRate,
                released ? null : outcome.threshold,
                scores,
                note);
    }

    /** The region's gap line of a withheld report, with the figures this caller may see of it. */
    static String withheldDetail(ReportStatus withheld) {
        if (withheld.threshold() == null) {
            return "report withheld; " + withheld.note();
        }
        String respondents =
                withheld.respondents() == null ? SmallCells.FEWER_THAN_MINIMUM : String.valueOf(withheld.respondents());
        return respondents + " respondents, threshold " + withheld.threshold();
    }

    private static Integer shownCount(int people) {
        return SmallCells.count(people).isPresent() ? people : null;
    }
}
