package nl.opleidingsklimaat.platform.consumer;

/**
 * Thrown by a handler for an event that cannot be genuine given what this service knows (an unknown programme, a
 * programme in another institution than the event says, ...). The consumer loop dead-letters it at once with the
 * reason, without retries, and applies nothing of it.
 */
public class ImplausibleEventException extends RuntimeException {
    public ImplausibleEventException(String reason) {
        super(reason);
    }
}
