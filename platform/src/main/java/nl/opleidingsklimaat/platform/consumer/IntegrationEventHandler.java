package nl.opleidingsklimaat.platform.consumer;

import java.util.List;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;

/**
 * Applies one type of integration event to this service's state. Implement it as an {@code @ApplicationScoped}
 * bean; the consumer loop subscribes to the type's topic and calls {@link #handle} or {@link #handleAll} inside a
 * transaction that also records the event ids, so a redelivered event has no second effect.
 */
public interface IntegrationEventHandler<T> {
    EventType<T> eventType();

    void handle(CloudEvent<T> event);

    /**
     * Applies consecutive events of one poll, in order, each a first delivery; the effect must be that of handling
     * them one by one. Override it to apply a burst set-based (a query per kind of row instead of per event).
     */
    default void handleAll(List<CloudEvent<T>> events) {
        events.forEach(this::handle);
    }
}
