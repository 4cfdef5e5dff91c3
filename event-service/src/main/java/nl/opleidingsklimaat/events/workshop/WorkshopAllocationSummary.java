package nl.opleidingsklimaat.events.workshop;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopAllocationSummary")
public record WorkshopAllocationSummary(UUID eventId, int participants, List<RoundAllocation> rounds) {}
