package nl.opleidingsklimaat.events.workshop;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopPlacement")
public record WorkshopPlacementView(
        UUID roundId,
        String roundTitle,
        String workshopCode,
        String workshopTitle,

        @Schema(
                description =
                        "1 = first choice; null = placed in a workshop with free seats because no choice was available")
        Integer choiceRank) {}
