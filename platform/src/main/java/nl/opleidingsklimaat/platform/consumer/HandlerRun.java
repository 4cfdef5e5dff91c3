package nl.opleidingsklimaat.platform.consumer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.contracts.CloudEvent;

/** Events of a poll that go to the same handler, applied with one {@link IntegrationEventHandler#handleAll} call. */
record HandlerRun<T>(IntegrationEventHandler<T> handler, List<CloudEvent<T>> events) {

    /**
     * A poll's deliveries as runs, one per handler, so a burst that mixes event types (a national close interleaves
     * released and withheld reports) reaches each handler in one call instead of one call per stretch. Order matters
     * per subject (the record key; Kafka orders nothing across keys in other partitions either), so this grouping is
     * used only when no subject has events for two handlers; otherwise the poll is split where the handler changes.
     */
    static List<HandlerRun<?>> of(List<Delivery<?>> deliveries) {
        return aSubjectSpansHandlers(deliveries) ? consecutive(deliveries) : byHandler(deliveries);
    }

    private static boolean aSubjectSpansHandlers(List<Delivery<?>> deliveries) {
        Map<String, IntegrationEventHandler<?>> handlerOfSubject = new HashMap<>();
        for (Delivery<?> delivery : deliveries) {
            IntegrationEventHandler<?> earlier =
                    handlerOfSubject.putIfAbsent(String.valueOf(delivery.event().subject()), delivery.handler());
            if (earlier != null && earlier != delivery.handler()) {
                return true;
            }
        }
        return false;
    }

    private static List<HandlerRun<?>> byHandler(List<Delivery<?>> deliveries) {
        Map<IntegrationEventHandler<?>, HandlerRun<?>> runs = new LinkedHashMap<>();
        for (Delivery<?> delivery : deliveries) {
            runs.computeIfAbsent(delivery.handler(), handler -> new HandlerRun<>(handler, new ArrayList<>()))
                    .add(delivery);
        }
        return List.copyOf(runs.values());
    }

    private static List<HandlerRun<?>> consecutive(List<Delivery<?>> deliveries) {
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
