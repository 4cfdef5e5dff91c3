package nl.opleidingsklimaat.events.trainingevent;

import java.util.UUID;

/**
 * Fired (CDI) by every change to a training event: its details, programme or status. Observers that keep something of
 * an event in memory forget it once the change's transaction has ended.
 */
public record TrainingEventChanged(UUID eventId) {}
