package nl.opleidingsklimaat.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The real infrastructure of a module's tests: a fresh PostgreSQL database (init arg {@code database}) and the
 * shared Kafka broker. Declare it once per module, unrestricted, so the application starts once for all test classes:
 *
 * <pre>
 * &#64;QuarkusTestResource(value = PlatformTestResource.class, initArgs = &#64;ResourceArg(name = "database", value = "survey_test"))
 * </pre>
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "platform_test");
    }

    @Override
    public Map<String, String> start() {
        String jdbcUrl = TestDatabase.recreate(database);
        String bootstrap = TestKafka.bootstrapServers();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                jdbcUrl,
                "quarkus.datasource.username",
                TestDatabase.USER,
                "quarkus.datasource.password",
                TestDatabase.PASSWORD,
                "kafka.bootstrap.servers",
                bootstrap);
    }

    @Override
    public void stop() {
        // the broker lives until the JVM ends so every test class of the module shares it
    }
}
