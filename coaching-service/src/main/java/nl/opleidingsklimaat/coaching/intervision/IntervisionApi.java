package nl.opleidingsklimaat.coaching.intervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.coaching.statistics.SuppressedCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of intervision groups. */
public final class IntervisionApi {
    private IntervisionApi() {}

    public record GroupRequest(
            @NotBlank @Size(max = 50) @Schema(example = "MUMC")
            String institutionCode,

            @NotBlank @Size(max = 200) @Schema(example = "Intervisie aios snijdende vakken 2026")
            String name,

            @NotNull @Schema(description = "The group's fixed coach")
            UUID coachId,

            @NotNull @Schema(description = "RESIDENTS (at most 10) or STUDENTS (at most 8)")
            ParticipantKind participantKind) {}

    public record MemberRequest(
            @NotBlank @Size(max = 100) @Schema(example = "res-7f3a")
            String residentReference,

            @NotBlank @Size(max = 50) @Schema(example = "MUMC-CHI")
            String programmeCode) {}

    public record MeetingRequest(
            @NotNull @Schema(example = "2026-04-14T16:00:00+02:00")
            OffsetDateTime startsAt,

            @Size(max = 500) @Schema(example = "Omgaan met fouten")
            String topic) {}

    public record AttendanceRequest(
            @NotNull
            @Size(max = 10)
            @Schema(
                    description = "References of the members present; the other members are recorded absent",
                    example = "[\"res-7f3a\", \"res-91bc\"]")
            List<@NotBlank String> present) {}

    public record QuestionnaireRequest(
            @NotNull Phase phase,

            @NotEmpty @Schema(description = "Score 1-5 per measure", example = "{\"resilience\": 4, \"reflection\": 3}")
            Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> scores) {}

    public record GroupView(
            UUID id,
            String institutionCode,
            String name,
            UUID coachId,
            ParticipantKind participantKind,
            int maxSize,
            GroupState state,
            long size,

            @Schema(description = "Member references; left out for members themselves")
            List<MemberView> members,

            OffsetDateTime formedAt,
            OffsetDateTime closedAt) {}

    public record MemberView(String residentReference, String programmeCode) {}

    public record MeetingView(
            UUID id, UUID groupId, OffsetDateTime startsAt, String topic, long present, long absent) {}

    public record PhaseResult(
            Phase phase,

            @Schema(description = "Answers counted in the results; below 4 only \"fewer than 4\"")
            SuppressedCount respondents,

            @Schema(description = "Mean per measure over the counted answers; only when there are at least 4")
            Map<String, BigDecimal> means,

            @Schema(
                    description = "How answers reach the results",
                    example = "Answers are added to the results in groups of at least 4, so that "
                            + "no one's answer can be told apart; answers that wait for their group are kept sealed.")
            String note) {}

    public record QuestionnaireResults(UUID groupId, List<PhaseResult> phases) {}
}
