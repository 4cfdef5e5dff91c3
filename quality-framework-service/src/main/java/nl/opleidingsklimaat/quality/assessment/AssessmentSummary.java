package nl.opleidingsklimaat.quality.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AssessmentSummary(
        UUID id,
        SubjectType subjectType,
        String subjectCode,
        int year,
        UUID frameworkId,
        String programmeCode,
        String institutionCode,
        String regionCode,
        OffsetDateTime createdAt) {
    static AssessmentSummary of(Assessment a) {
        return new AssessmentSummary(
                a.id,
                a.subjectType,
                a.subjectCode,
                a.year,
                a.frameworkId,
                a.programmeCode,
                a.institutionCode,
                a.regionCode,
                a.createdAt);
    }
}
