package nl.opleidingsklimaat.events.workshop;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoundAllocation")
public record RoundAllocation(
        UUID roundId,
        String title,
        List<WorkshopFill> workshops,
        long firstChoices,
        long otherChoices,
        long placedWithoutChoice,
        long unplaced) {}
