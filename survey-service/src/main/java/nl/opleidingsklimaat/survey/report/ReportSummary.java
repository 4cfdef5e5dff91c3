package nl.opleidingsklimaat.survey.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** A programme's report in a list; counts only for those who may see the figures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportSummary(
        String programmeCode,
        String institutionCode,
        ReportStatus status,
        Integer invited,
        Integer lateInvitations,
        Integer respondents,
        BigDecimal responseRate) {}
