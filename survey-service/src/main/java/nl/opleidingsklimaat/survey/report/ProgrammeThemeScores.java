package nl.opleidingsklimaat.survey.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A dashboard line: one programme's theme means in a campaign, with the institution and region, next to the
 * programme's earlier years; only for a programme whose figures the caller reads, at the caller's level.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeThemeScores(
        String programmeCode,
        String institutionCode,
        ReportStatus status,
        int respondents,
        List<ReportView.DomainResult> domains) {}
