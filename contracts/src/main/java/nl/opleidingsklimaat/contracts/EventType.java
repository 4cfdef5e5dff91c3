package nl.opleidingsklimaat.contracts;

import java.util.Objects;

/**
 * Names one kind of integration event: its CloudEvents {@code type}, the topic it is published on and the
 * record that carries its {@code data}.
 */
public record EventType<T>(String name, String topic, Class<T> payloadClass) {
    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadClass, "payloadClass");
    }

    @Override
    public String toString() {
        return name;
    }
}
