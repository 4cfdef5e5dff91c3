package nl.opleidingsklimaat.events.workshop;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/** Whose choice for which round: the key of a choice and of the allocation that honours it. */
@Embeddable
public record WorkshopChoiceKey(UUID registrationId, UUID roundId) implements Serializable {}
