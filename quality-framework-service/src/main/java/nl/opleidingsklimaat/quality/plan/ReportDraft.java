package nl.opleidingsklimaat.quality.plan;

import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.quality.access.SubjectRef;

/** A draft plan a released report asks for, seeded with the report's attention points. */
public record ReportDraft(
        SubjectRef programme, UUID campaignId, String cycle, String title, List<String> attentionPoints) {}
