package nl.opleidingsklimaat.events.workshop;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopRound")
public record WorkshopRoundView(UUID id, int position, String title, List<Workshop> workshops) {
    static WorkshopRoundView of(WorkshopRound round) {
        return new WorkshopRoundView(round.id, round.position, round.title, List.copyOf(round.workshops));
    }
}
