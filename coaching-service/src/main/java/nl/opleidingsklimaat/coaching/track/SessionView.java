package nl.opleidingsklimaat.coaching.track;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SessionView(
        UUID id,
        UUID trackId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        SessionState state,

        @Schema(description = "Whether the coach wrote notes; the notes themselves are at .../notes")
        boolean hasNotes) {}
