package nl.opleidingsklimaat.coaching.track;

import java.util.UUID;

public record ReasonView(UUID trackId, String reason) {}
