package nl.opleidingsklimaat.coaching.track;

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

/** Requests and views of coaching tracks and sessions. */
public final class TrackApi {
    private TrackApi() {}

    public record TrackRequest(
            @NotBlank @Size(max = 50) @Schema(example = "LUMC-INT")
            String programmeCode,

            @NotBlank @Size(max = 50) @Schema(description = "An offer type run as a track", example = "coaching")
            String offerTypeCode,

            @NotBlank
            @Size(max = 4000)
            @Schema(
                    description = "Confidential: only the resident and the coach can read it",
                    example = "Ik wil beter leren omgaan met werkdruk en grenzen stellen.")
            String reason,

            @Size(max = 10)
            @Schema(
                    description = "What the coach should know about, matched against expertise",
                    example = "[\"werkdruk\", \"loopbaan\"]")
            List<@NotBlank @Size(max = 60) String> topics,

            @Schema(description = "Prefer a coach who knows the medical world")
            Boolean medicalBackgroundPreferred,

            @Schema(description = "Let the programme director know about the track (default: no)")
            Boolean shareWithDirector) {}

    public record MatchRequest(
            @NotNull @Schema(example = "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c")
            UUID coachId) {}

    public record SessionRequest(
            @NotNull @Schema(example = "2026-03-10T09:00:00+01:00")
            OffsetDateTime startsAt,

            @Min(15) @Max(240) @Schema(description = "Minutes; default 60", example = "60")
            Integer durationMinutes) {}

    public record NotesRequest(
            @NotNull @Size(max = 20000) @Schema(example = "Doelen besproken; volgende keer: grenzen stellen.")
            String notes) {}

    public record TrackView(
            UUID id,
            String programmeCode,
            String institutionCode,
            String offerTypeCode,
            TrackState state,
            String residentReference,
            List<String> topics,
            boolean medicalBackgroundPreferred,
            boolean sharedWithDirector,
            UUID coachId,
            int maxSessions,
            long sessionsBooked,
            long sessionsHeld,
            OffsetDateTime requestedAt,
            OffsetDateTime matchedAt,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt) {}

    public record ReasonView(UUID trackId, String reason) {}

    public record SessionView(
            UUID id,
            UUID trackId,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            SessionState state,

            @Schema(description = "Whether the coach wrote notes; the notes themselves are at .../notes")
            boolean hasNotes) {}

    public record NotesView(UUID sessionId, String notes) {}

    public record ProposalView(
            UUID coachId,
            String name,
            String profile,
            List<String> expertise,
            List<String> matchingTopics,
            boolean medicalBackground,
            boolean experienceWithResidents,
            long freePlaces,
            int score) {}

    public record TrackCosts(
            UUID trackId,
            String programmeCode,
            long sessionsHeld,
            BigDecimal sessionFee,
            BigDecimal totalFees,

            @Schema(description = "The resident's own contribution (eigen bijdrage), at most EUR 150 per track")
            BigDecimal ownContribution,

            @Schema(description = "The department's share: the rest of the coach's fee for the sessions held")
            BigDecimal departmentShare) {}
}
