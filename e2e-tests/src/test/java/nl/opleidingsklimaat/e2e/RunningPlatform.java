package nl.opleidingsklimaat.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import nl.opleidingsklimaat.localstack.KafkaBroker;
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
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Map<Service, Process> PROCESSES = new EnumMap<>(Service.class);
    private static final Map<Service, Integer> PORTS = new EnumMap<>(Service.class);
    private static boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningPlatform.class) {
            if (!started) {
                startAll();
                started = true;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningPlatform.class.getName(), this);
            }
        }
    }

    @Override
    public void close() {
        PROCESSES.values().forEach(Process::destroy);
        for (Process process : PROCESSES.values()) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static String url(Service service) {
        return "http://127.0.0.1:" + PORTS.get(service);
    }

    /** The broker every service uses, for tests of what survives while it is away. */
    public static KafkaBroker broker() {
        return TestKafka.embeddedBroker().orElseThrow(() -> new IllegalStateException("end-to-end tests need the in-process broker"));
    }

    /** The log file of a running service (stdout and stderr). */
    public static Path log(Service service) {
        return Path.of(System.getProperty("e2e.logDir", "target/e2e-logs")).resolve(service.module() + ".log");
    }

    private static void startAll() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("e2e.projectRoot", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("e2e.logDir", "target/e2e-logs"));
        Files.createDirectories(logs);
        String bootstrap = TestKafka.bootstrapServers();
        for (Service service : Service.values()) {
            Path runner = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(runner)) {
                throw new IllegalStateException(runner + " is missing: package the services first (mvn package)");
            }
            int port = KafkaBroker.freePort();
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-jar", runner.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service.module() + ".log").toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.recreate(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", TestDatabase.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", TestDatabase.PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", root.resolve("platform/src/main/resources/dev-jwt/publicKey.pem").toString());
            env.put("MP_JWT_VERIFY_ISSUER", "https://dev.opleidingsklimaat.nl");
            if (service == Service.SURVEY) {
                // Invitation links are only ever mailed. The packaged service runs in the prod profile (SMTP); here it
                // uses quarkus-mailer's mock mailbox, which writes every mail to the log, where Mailbox reads the links.
                env.put("_PROD_QUARKUS_MAILER_MOCK", "true");
                env.put("QUARKUS_MAILER_MOCK", "true");
            }
            PROCESSES.put(service, builder.start());
            PORTS.put(service, port);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PROCESSES.values().forEach(Process::destroyForcibly)));
        for (Service service : Service.values()) {
            awaitReady(service, logs);
        }
    }

    private static void awaitReady(Service service, Path logs) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!PROCESSES.get(service).isAlive()) {
                throw new IllegalStateException(service.module() + " exited during start; see " + logs.resolve(service.module() + ".log"));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException(service.module() + " not ready within " + START_TIMEOUT + "; see " + logs.resolve(service.module() + ".log"));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
