package nl.opleidingsklimaat.e2e;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.localstack.KafkaBroker;
import nl.opleidingsklimaat.testsupport.ServiceProcess;
import nl.opleidingsklimaat.testsupport.TestDatabase;
import nl.opleidingsklimaat.testsupport.TestKafka;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged services as four separate JVM processes, each on a fresh database and a free port, against
 * the test JVM's Kafka broker, once for all end-to-end test classes; stops them when the test JVM ends. Their logs
 * are in {@code target/e2e-logs}.
 */
public final class RunningPlatform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {
    private static final Map<Service, ServiceProcess> PROCESSES = new EnumMap<>(Service.class);
    private static boolean started;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningPlatform.class) {
            if (!started) {
                startAll();
                started = true;
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningPlatform.class.getName(), this);
            }
        }
    }

    @Override
    public void close() {
        PROCESSES.values().forEach(ServiceProcess::close);
    }

    public static String url(Service service) {
        return PROCESSES.get(service).url();
    }

    /** The broker every service uses, for tests of what survives while it is away. */
    public static KafkaBroker broker() {
        return TestKafka.embeddedBroker()
                .orElseThrow(() -> new IllegalStateException("end-to-end tests need the in-process broker"));
    }

    /** The log file of a running service (stdout and stderr). */
    public static Path log(Service service) {
        return PROCESSES.get(service).log();
    }

    private static void startAll() {
        Path root = Path.of(System.getProperty("e2e.projectRoot", ".."))
                .toAbsolutePath()
                .normalize();
        Path logs = Path.of(System.getProperty("e2e.logDir", "target/e2e-logs"));
        String bootstrap = TestKafka.bootstrapServers();
        for (Service service : Service.values()) {
            String database = TestDatabase.recreate(service.packaged().database("e2e"));
            PROCESSES.put(
                    service,
                    ServiceProcess.start(
                            service.packaged(),
                            root,
                            database,
                            bootstrap,
                            logs.resolve(service.packaged().module() + ".log"),
                            List.of(),
                            Map.of()));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PROCESSES.values().forEach(ServiceProcess::kill)));
        PROCESSES.values().forEach(ServiceProcess::awaitReady);
    }
}
