package nl.opleidingsklimaat.quality.report;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

@Embeddable
public record ReportOutcomeKey(String programmeCode, UUID campaignId) implements Serializable {}
