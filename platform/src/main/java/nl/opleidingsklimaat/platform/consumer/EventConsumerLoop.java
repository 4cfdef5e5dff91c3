package nl.opleidingsklimaat.platform.consumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Plausible;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.platform.kafka.KafkaClients;
import nl.opleidingsklimaat.platform.worker.BackgroundWorker;
import nl.opleidingsklimaat.platform.worker.Backoff;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * The service's Kafka poll loop (or loops, {@code platform.consumer.threads}, each a member of the group). It subscribes
 * to the topics of every {@link IntegrationEventHandler} bean and hands each event to its handler inside a transaction
 * that also records the event id in the inbox; offsets are committed only after that transaction. An event already in
 * the inbox is skipped. A poison event (not a CloudEvent, a payload that does not fit its type, or a handler that keeps
 * failing) goes to {@code <group>.dlq} and the loop goes on. When the database or broker is away, nothing is
 * dead-lettered: the loop pauses and reads again from the last committed offset.
 */
@ApplicationScoped
public class EventConsumerLoop {
    private static final Logger LOG = Logger.getLogger(EventConsumerLoop.class);

    @Inject
    @Any
    Instance<IntegrationEventHandler<?>> handlerBeans;

    @Inject
    KafkaClients kafka;

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ConsumerConfig config;

    @Inject
    MeterRegistry registry;

    private final Map<String, IntegrationEventHandler<?>> handlers = new HashMap<>();
    private final Set<String> topics = new TreeSet<>();
    private ObjectMapper tolerantReader;
    private final Set<KafkaConsumer<String, String>> consumers = ConcurrentHashMap.newKeySet();
    private BackgroundWorker worker;
    private String groupId;
    private Counter applied;
    private Counter duplicates;
    private Counter deadLettered;

    void start(@Observes StartupEvent startup) {
        for (IntegrationEventHandler<?> handler : handlerBeans) {
            IntegrationEventHandler<?> previous =
                    handlers.put(handler.eventType().name(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two handlers for " + handler.eventType() + ": " + previous.getClass()
                        + " and " + handler.getClass());
            }
            topics.add(handler.eventType().topic());
        }
        groupId = config.groupId().orElse(kafka.applicationName());
        applied = Counter.builder("platform.consumer.applied")
                .description("Integration events applied")
                .register(registry);
        duplicates = Counter.builder("platform.consumer.duplicates")
                .description("Redelivered events skipped by the inbox")
                .register(registry);
        deadLettered = Counter.builder("platform.consumer.dead-lettered")
                .description("Poison events sent to the dead-letter topic")
                .register(registry);
        // consumers read tolerantly: a newer producer may add fields
        tolerantReader = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        if (topics.isEmpty() || !config.enabled()) {
            return;
        }
        worker = new BackgroundWorker(
                        "event-consumer", Backoff.fixed(config.pauseOnOutage()), failures -> pollUntilStopped())
                .onStop(() -> consumers.forEach(KafkaConsumer::wakeup))
                .start(config.threads());
        LOG.infof(
                "Consuming %s as group %s with %d poll loop(s) (dead letters to %s.dlq)",
                topics, groupId, config.threads(), groupId);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(10));
        }
    }

    public Set<String> topics() {
        return Set.copyOf(topics);
    }

    public String deadLetterTopic() {
        return groupId + ".dlq";
    }

    /**
     * One member of the group, polling until the service stops. When the database or broker fails, the worker pauses
     * and a new member reads again from the last committed offset.
     */
    private void pollUntilStopped() {
        try (KafkaConsumer<String, String> client = kafka.manualCommitConsumer(groupId);
                DeadLetters deadLetters = new DeadLetters(kafka, groupId)) {
            consumers.add(client);
            try {
                if (worker.running()) { // a stop in between would not have woken this one up
                    consume(client, deadLetters);
                }
            } finally {
                consumers.remove(client);
            }
        } catch (WakeupException e) {
            if (worker.running()) {
                LOG.warn("Consumer woken up unexpectedly; reconnecting");
            }
        }
    }

    private void consume(KafkaConsumer<String, String> client, DeadLetters deadLetters) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        client.subscribe(topics);
        while (worker.running()) {
            ConsumerRecords<String, String> records = client.poll(Duration.ofMillis(500));
            List<Delivery<?>> deliveries = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                Delivery<?> delivery = read(record, deadLetters);
                if (delivery != null) {
                    deliveries.add(delivery);
                }
                done.put(
                        new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            applyAll(deliveries, deadLetters);
            if (!done.isEmpty()) {
                client.commitSync(done);
                done.clear();
            }
        }
    }

    /** The record as a delivery; null (after dead-lettering what cannot be read) when there is nothing to apply. */
    private Delivery<?> read(ConsumerRecord<String, String> record, DeadLetters deadLetters) {
        CloudEvent<JsonNode> envelope;
        try {
            envelope = tolerantReader.readValue(record.value(), new TypeReference<CloudEvent<JsonNode>>() {});
            if (envelope == null || envelope.id() == null || envelope.type() == null) {
                throw new IllegalArgumentException("not a CloudEvent: id and type are required");
            }
        } catch (Exception e) {
            deadLetter(record, e, deadLetters);
            return null;
        }
        IntegrationEventHandler<?> handler = handlers.get(envelope.type());
        if (handler == null) {
            return null; // another consumer's event on a shared topic
        }
        String untrusted = untrustedOrigin(record, envelope, handler);
        if (untrusted != null) {
            deadLetter(record, new ImplausibleEventException(untrusted), deadLetters);
            return null;
        }
        return delivery(record, envelope, handler, deadLetters);
    }

    /** Why the record cannot come from the owner of its type: on another topic, or from another source; null if it can. */
    private static String untrustedOrigin(
            ConsumerRecord<String, String> record, CloudEvent<JsonNode> envelope, IntegrationEventHandler<?> handler) {
        String ownTopic = handler.eventType().topic();
        if (!ownTopic.equals(record.topic())) {
            return envelope.type() + " is published on " + ownTopic + " only, not on " + record.topic();
        }
        String owner = Topics.publisherOf(ownTopic).orElse(null);
        if (owner != null && !owner.equals(envelope.source())) {
            return envelope.type() + " comes from " + owner + " only, not from " + envelope.source();
        }
        return null;
    }

    private <T> Delivery<T> delivery(
            ConsumerRecord<String, String> record,
            CloudEvent<JsonNode> envelope,
            IntegrationEventHandler<T> handler,
            DeadLetters deadLetters) {
        Delivery<T> delivery;
        try {
            delivery = new Delivery<>(
                    record,
                    envelope.withData(tolerantReader.treeToValue(
                            envelope.data(), handler.eventType().payloadClass())),
                    handler);
        } catch (Exception e) {
            deadLetter(record, e, deadLetters);
            return null;
        }
        if (delivery.event().data() instanceof Plausible payload
                && !payload.implausibilities().isEmpty()) {
            deadLetter(
                    record,
                    new ImplausibleEventException(
                            "implausible " + envelope.type() + ": " + String.join("; ", payload.implausibilities())),
                    deadLetters);
            return null;
        }
        return delivery;
    }

    /**
     * Applies a poll's events in one transaction, in order: a burst (a national close releases hundreds of reports at
     * once) then costs one inbox statement, one set-based {@code handleAll} per run of a handler's events and one commit,
     * instead of all that per event. When any of them fails, nothing of the batch is kept and each event is applied on
     * its own, with retries and dead-lettering.
     */
    private void applyAll(List<Delivery<?>> deliveries, DeadLetters deadLetters) {
        if (deliveries.isEmpty()) {
            return;
        }
        if (deliveries.size() > 1) {
            try {
                int firstDeliveries =
                        inRequestContext(() -> QuarkusTransaction.requiringNew().call(() -> applyTogether(deliveries)));
                applied.increment(firstDeliveries);
                duplicates.increment(deliveries.size() - firstDeliveries);
                return;
            } catch (Inbox.InboxUnavailableException e) {
                throw e;
            } catch (Exception e) {
                LOG.debugf(
                        "Applying %d events together failed (%s); applying them one by one",
                        deliveries.size(), e.toString());
            }
        }
        for (Delivery<?> delivery : deliveries) {
            apply(delivery, deadLetters);
        }
    }

    /** Records the poll's events in the inbox and hands each handler its runs of first deliveries; returns how many were applied. */
    private int applyTogether(List<Delivery<?>> deliveries) {
        Set<UUID> recordedNow = inbox.recordFirstDeliveries(
                deliveries.stream().map(Delivery::event).toList());
        List<Delivery<?>> firstDeliveries = new ArrayList<>();
        for (Delivery<?> delivery : deliveries) {
            if (recordedNow.remove(
                    delivery.event().id())) { // taken once: a second copy in the same poll is a duplicate
                firstDeliveries.add(delivery);
            }
        }
        for (HandlerRun<?> run : HandlerRun.of(firstDeliveries)) {
            run.apply();
        }
        return firstDeliveries.size();
    }

    private <T> void apply(Delivery<T> delivery, DeadLetters deadLetters) {
        CloudEvent<T> event = delivery.event();
        IntegrationEventHandler<T> handler = delivery.handler();
        ConsumerRecord<String, String> record = delivery.record();
        Exception lastFailure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                boolean first = applyOnce(event, handler);
                (first ? applied : duplicates).increment();
                return;
            } catch (Inbox.InboxUnavailableException e) {
                throw e;
            } catch (Exception e) {
                lastFailure = e;
                if (implausible(e)) {
                    break; // trying again cannot make it genuine
                }
                if (!databaseReachable()) {
                    throw new IllegalStateException("database unavailable while applying " + event.type(), e);
                }
                LOG.warnf(
                        "Handler for %s failed on event %s (attempt %d of %d): %s",
                        event.type(), event.id(), attempt, config.maxAttempts(), e.toString());
                pause(config.retryBackoff().multipliedBy(attempt));
            }
        }
        deadLetter(record, lastFailure, deadLetters);
    }

    private static boolean implausible(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImplausibleEventException) {
                return true;
            }
        }
        return false;
    }

    private <T> boolean applyOnce(CloudEvent<T> event, IntegrationEventHandler<T> handler) {
        return inRequestContext(
                () -> QuarkusTransaction.requiringNew().call(() -> applyInCurrentTransaction(event, handler)));
    }

    /** Records the first delivery in the inbox and lets the handler apply it; false for a redelivery. */
    private <T> boolean applyInCurrentTransaction(CloudEvent<T> event, IntegrationEventHandler<T> handler) {
        if (!inbox.recordFirstDelivery(event)) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    private static <R> R inRequestContext(Callable<R> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            requestContext.terminate();
        }
    }

    private void deadLetter(ConsumerRecord<String, String> record, Throwable error, DeadLetters deadLetters) {
        try {
            deadLetters.send(record, error);
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "@" + record.offset(), e);
        }
        deadLettered.increment();
        LOG.errorf(
                "Dead-lettered %s-%d@%d to %s: %s",
                record.topic(), record.partition(), record.offset(), deadLetters.topic(), error.toString());
    }

    private boolean databaseReachable() {
        try {
            return dataSource.isHealthy(true);
        } catch (Exception e) {
            return false;
        }
    }

    private void pause(Duration duration) {
        try {
            worker.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
