package nl.opleidingsklimaat.platform.health;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.platform.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the broker answers. Unlike quarkus-kafka-client's check, it gives up after a few seconds, so a
 * stopped broker turns readiness DOWN promptly instead of hanging the probe for the admin client's default minute.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {
    private static final int TIMEOUT_MS = 3_000;

    @Inject
    KafkaClients kafka;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka broker");
        try {
            String nodes = admin()
                    .describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes()
                    .get(TIMEOUT_MS + 500, TimeUnit.MILLISECONDS)
                    .stream()
                    .map(node -> node.host() + ":" + node.port())
                    .collect(Collectors.joining(","));
            return response.up().withData("nodes", nodes).build();
        } catch (Exception e) {
            return response.down()
                    .withData(
                            "reason",
                            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                    .build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>();
            kafka.connection().forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    config.put(key, value);
                }
            });
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            config.put(
                    AdminClientConfig.CLIENT_ID_CONFIG,
                    "readiness-" + ProcessHandle.current().pid());
            admin = Admin.create(config);
        }
        return admin;
    }

    void close(@Observes ShutdownEvent shutdown) {
        synchronized (this) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
            }
        }
    }
}
