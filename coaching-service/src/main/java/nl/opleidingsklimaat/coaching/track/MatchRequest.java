package nl.opleidingsklimaat.coaching.track;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MatchRequest(
        @NotNull @Schema(example = "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c")
        UUID coachId) {}
