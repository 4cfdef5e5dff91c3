package nl.opleidingsklimaat.platform.consumer;

import nl.opleidingsklimaat.contracts.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** An event of this service's handlers, read from its record and ready to apply. */
record Delivery<T>(ConsumerRecord<String, String> record, CloudEvent<T> event, IntegrationEventHandler<T> handler) {}
