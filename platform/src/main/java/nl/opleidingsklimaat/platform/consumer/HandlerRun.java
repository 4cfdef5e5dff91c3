package nl.opleidingsklimaat.platform.consumer;

import java.util.ArrayList;
import java.util.List;
import nl.opleidingsklimaat.contracts.CloudEvent;

/** Consecutive events of a poll that go to the same handler, applied with one {@link IntegrationEventHandler#handleAll} call. */
record HandlerRun<T>(IntegrationEventHandler<T> handler, List<CloudEvent<T>> events) {

    /** Splits the deliveries where the handler changes, so the events keep their order across handlers. */
    static List<HandlerRun<?>> of(List<Delivery<?>> deliveries) {
        List<HandlerRun<?>> runs = new ArrayList<>();
        HandlerRun<?> current = null;
        for (Delivery<?> delivery : deliveries) {
            if (current == null || current.handler() != delivery.handler()) {
                current = new HandlerRun<>(delivery.handler(), new ArrayList<>());
                runs.add(current);
            }
            current.add(delivery);
        }
        return runs;
    }

    @SuppressWarnings("unchecked") // a run only takes deliveries of its own handler, so of its event type
    private void add(Delivery<?> delivery) {
        events.add((CloudEvent<T>) delivery.event());
    }

    void apply() {
        handler.handleAll(List.copyOf(events));
    }
}
