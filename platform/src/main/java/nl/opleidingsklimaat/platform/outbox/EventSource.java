package nl.opleidingsklimaat.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The CloudEvents {@code source} of this service's events, e.g. {@code /survey-service}. */
@ApplicationScoped
public class EventSource {
    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @jakarta.inject.Inject
    OutboxConfig config;

    public String name() {
        return config.source().orElse("/" + applicationName);
    }
}
