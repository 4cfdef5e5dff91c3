package nl.opleidingsklimaat.quality.plan;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.opleidingsklimaat.quality.assessment.SubjectType;

public record PlanSummary(
        UUID id,
        SubjectType subjectType,
        String subjectCode,
        String cycle,
        String title,
        UUID sourceCampaignId,
        PlanState state,
        String nextMeasurement,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt) {
    static PlanSummary of(ImprovementPlan p) {
        return new PlanSummary(
                p.id,
                p.subjectType,
                p.subjectCode,
                p.cycle,
                p.title,
                p.sourceCampaignId,
                p.state,
                p.nextMeasurement,
                p.createdAt,
                p.closedAt);
    }
}
