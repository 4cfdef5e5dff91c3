package nl.opleidingsklimaat.events.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the workshop-round endpoints. */
public final class WorkshopApi {
    private WorkshopApi() {}

    @Schema(name = "WorkshopRoundRequest")
    public record RoundRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Workshopronde 1")
            String title,

            @NotEmpty @Size(max = 20) List<@NotNull @Valid Workshop> workshops) {}

    @Schema(name = "WorkshopRound")
    public record RoundView(UUID id, int position, String title, List<Workshop> workshops) {
        static RoundView of(WorkshopRound round) {
            return new RoundView(round.id, round.position, round.title, List.copyOf(round.workshops));
        }
    }

    @Schema(name = "WorkshopChoicesRequest")
    public record ChoicesRequest(@NotEmpty @Size(max = 10) List<@NotNull @Valid RoundChoice> rounds) {}

    @Schema(name = "RoundChoice")
    public record RoundChoice(
            @NotNull UUID roundId,

            @NotEmpty
            @Size(max = 20)
            @Schema(description = "Workshop codes of this round, most wanted first", example = "[\"W2\",\"W1\",\"W3\"]")
            List<@NotBlank String> ranked) {}

    @Schema(name = "WorkshopPlacement")
    public record PlacementView(
            UUID roundId,
            String roundTitle,
            String workshopCode,
            String workshopTitle,

            @Schema(
                    description =
                            "1 = first choice; null = placed in a workshop with free seats because no choice was available")
            Integer choiceRank) {}

    @Schema(name = "WorkshopFill")
    public record WorkshopFill(String code, String title, int capacity, long allocated) {}

    @Schema(name = "RoundAllocation")
    public record RoundAllocation(
            UUID roundId,
            String title,
            List<WorkshopFill> workshops,
            long firstChoices,
            long otherChoices,
            long placedWithoutChoice,
            long unplaced) {}

    @Schema(name = "WorkshopAllocationSummary")
    public record AllocationSummary(UUID eventId, int participants, List<RoundAllocation> rounds) {}
}
