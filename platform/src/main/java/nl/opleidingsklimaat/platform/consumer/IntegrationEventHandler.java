package nl.opleidingsklimaat.platform.consumer;

import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;

/**
 * Applies one type of integration event to this service's state. Implement it as an {@code @ApplicationScoped}
 * bean; the consumer loop subscribes to the type's topic and calls {@link #handle} inside a transaction that also
 * records the event id, so a redelivered event has no second effect.
 */
public interface IntegrationEventHandler<T> {
    EventType<T> eventType();

    void handle(CloudEvent<T> event);
}
