package nl.opleidingsklimaat.coaching.track;

import java.util.UUID;

public record NotesView(UUID sessionId, String notes) {}
