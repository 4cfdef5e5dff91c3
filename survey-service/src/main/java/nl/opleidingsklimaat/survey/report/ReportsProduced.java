package nl.opleidingsklimaat.survey.report;

import java.util.List;
import java.util.UUID;

/** Fired (synchronously, inside the transaction) when a campaign's reports have been produced. */
public record ReportsProduced(UUID campaignId, List<ProgrammeReport> reports) {}
