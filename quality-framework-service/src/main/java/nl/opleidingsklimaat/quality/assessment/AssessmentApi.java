package nl.opleidingsklimaat.quality.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of assessments, evidence, coverage and gaps. */
public final class AssessmentApi {
    private AssessmentApi() {}

    public record NewAssessment(
            @NotNull @Schema(example = "PROGRAMME") SubjectType subjectType,
            @NotBlank @Schema(example = "LUMC-INT") String subjectCode,

            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026")
            Integer year,

            @Schema(description = "Framework version; the newest version of the default framework when absent")
            UUID frameworkId) {}

    public record TaskUpdate(
            @NotNull @Schema(example = "MET") TaskStatus status,

            @Size(max = 4000) @Schema(example = "Besproken in de opleidingsvergadering van maart")
            String notes,

            @Size(max = 2000) @Schema(description = "Required when the status is NOT_APPLICABLE")
            String notApplicableReason) {}

    public record NewEvidence(
            @NotBlank @Size(max = 300) @Schema(example = "Notulen opleidingsvergadering 12 maart 2026")
            String title,

            @NotNull @Schema(example = "MINUTES") EvidenceKind kind,

            @NotBlank @Schema(example = "opleider-en-opleidingsgroep")
            String actorCode,

            @NotBlank @Schema(example = "organisatie-en-ontwikkeling")
            String domainCode,

            @Schema(description = "The task it shows is met; the whole cell when absent")
            UUID taskId,

            @Size(max = 1000) @Schema(example = "https://intranet.example.nl/opleiding/notulen-2026-03.pdf")
            String link,

            @Size(max = 300) @Schema(example = "DMS-2026-0412")
            String documentReference) {}

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

    public record TaskView(
            UUID taskId,
            String actorCode,
            String domainCode,
            int position,
            String text,
            TaskStatus status,
            String notApplicableReason,
            String notes,
            long evidenceItems,
            OffsetDateTime updatedAt) {}

    public record AssessmentDetails(AssessmentSummary assessment, List<TaskView> tasks) {}

    public record EvidenceView(
            UUID id,
            UUID assessmentId,
            String actorCode,
            String domainCode,
            UUID taskId,
            String title,
            EvidenceKind kind,
            String link,
            String documentReference,
            String addedBy,
            OffsetDateTime addedAt,
            boolean fromEvent,
            UUID sourceEventId,
            String sourceEventType,
            String sourceReference,
            BigDecimal points) {
        public static EvidenceView of(Evidence e) {
            return new EvidenceView(
                    e.id,
                    e.assessmentId,
                    e.actorCode,
                    e.domainCode,
                    e.taskId,
                    e.title,
                    e.kind,
                    e.link,
                    e.documentReference,
                    e.addedBy,
                    e.addedAt,
                    e.fromEvent,
                    e.sourceEventId,
                    e.sourceEventType,
                    e.sourceReference,
                    e.points);
        }
    }

    public record CellCoverage(
            String actorCode,
            String domainCode,
            int tasks,
            int met,
            int inProgress,
            int notApplicable,
            int tasksWithEvidence,
            long evidenceItems) {}

    /** percentMet counts met tasks among the applicable ones (not-applicable tasks are left out). */
    public record Coverage(
            UUID assessmentId,
            int tasks,
            int met,
            int notApplicable,
            int tasksWithEvidence,
            long evidenceItems,
            int percentMet,
            List<CellCoverage> cells) {}

    public record Gap(
            UUID taskId,
            String actorCode,
            String domainCode,
            int position,
            String text,
            TaskStatus status,
            boolean hasEvidence) {}
}
