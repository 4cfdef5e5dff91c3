package nl.opleidingsklimaat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.localstack.KafkaBroker;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;
import nl.opleidingsklimaat.testsupport.TestDatabase;

/**
 * The system under test: a KRaft broker in this JVM (so a scenario can stop and start it), a fresh {@code *_<bench.databaseRun>}
 * database per service, and {@code instances} processes of every packaged service on free ports, all sharing their
 * service's database and the broker. Logs go to {@code bench/target/logs}.
 */
public final class BenchPlatform implements AutoCloseable {
    /** Suffix of the databases ({@code quality_bench}); a scenario that may run beside another one picks its own. */
    static final String DATABASE_RUN = System.getProperty("bench.databaseRun", "bench");
    /** JVM options added to every service's own (bin/service-jvm.options), for comparisons and profiling. */
    static final List<String> EXTRA_JVM_OPTIONS =
            List.of(System.getProperty("bench.serviceJvmOptions", "").split(" +")).stream()
                    .filter(option -> !option.isBlank())
                    .toList();

    private final Path root;
    private final Path logs;
    private final KafkaBroker broker;
    private final Map<PackagedService, List<ServiceProcess>> instances = new EnumMap<>(PackagedService.class);

    private BenchPlatform(Path root, int instancesPerService) throws Exception {
        this.root = root;
        this.logs = root.resolve("bench/target/logs");
        Files.createDirectories(logs);
        this.broker = KafkaBroker.onFreePorts().start();
        // an interrupted run (Ctrl-C, timeout) leaves no services behind
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> instances.values().forEach(list -> list.forEach(ServiceProcess::kill))));
        for (PackagedService service : PackagedService.values()) {
            TestDatabase.recreate(service.database(DATABASE_RUN));
            instances.put(service, new ArrayList<>());
        }
        for (int instance = 0; instance < instancesPerService; instance++) {
            for (PackagedService service : PackagedService.values()) {
                instances.get(service).add(startInstance(service, instance));
            }
            // the first instance of each runs the migrations alone; later ones find the schema in place
            instances.values().forEach(list -> list.forEach(ServiceProcess::awaitReady));
        }
    }

    public static BenchPlatform start(int instancesPerService) throws Exception {
        Path root = Path.of(System.getProperty("bench.projectRoot", "."))
                .toAbsolutePath()
                .normalize();
        System.out.printf("starting %d instance(s) of each service and a broker...%n", instancesPerService);
        long t0 = System.nanoTime();
        BenchPlatform platform = new BenchPlatform(root, instancesPerService);
        System.out.printf("platform ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return platform;
    }

    private ServiceProcess startInstance(PackagedService service, int instance) {
        return ServiceProcess.start(
                service,
                root,
                jdbcUrl(service),
                broker.bootstrapServers(),
                logs.resolve(service.module() + "-" + instance + ".log"),
                EXTRA_JVM_OPTIONS,
                UNLIMITED);
    }

    /**
     * The load generator is one address sending thousands of residents' answers a second; the per-address limit a
     * service keeps for answer links (300/s) would cap what the benchmark can see, so it is lifted here.
     */
    private static final Map<String, String> UNLIMITED = Map.of(
            "PLATFORM_RATE_LIMIT_ANONYMOUS_CAPACITY", "1000000",
            "PLATFORM_RATE_LIMIT_ANONYMOUS_PER_SECOND", "1000000");

    /** Adds one more instance of every service (other ports, same databases and broker). */
    public void scaleOut() {
        List<ServiceProcess> added = new ArrayList<>();
        for (PackagedService service : PackagedService.values()) {
            ServiceProcess process =
                    startInstance(service, instances.get(service).size());
            instances.get(service).add(process);
            added.add(process);
        }
        added.forEach(ServiceProcess::awaitReady);
    }

    public String url(PackagedService service) {
        return instances.get(service).get(0).url();
    }

    public List<ServiceProcess> instances(PackagedService service) {
        return instances.get(service);
    }

    public KafkaBroker broker() {
        return broker;
    }

    public String jdbcUrl(PackagedService service) {
        return TestDatabase.serverUrl() + service.database(DATABASE_RUN);
    }

    public Connection connect(PackagedService service) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(service), TestDatabase.USER, TestDatabase.PASSWORD);
    }

    /** A single number from the service's database, e.g. a count. */
    public long scalar(PackagedService service, String sql, Object... parameters) {
        try (Connection connection = connect(service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void execute(PackagedService service, String sql, Object... parameters) {
        try (Connection connection = connect(service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public void close() {
        instances.values().forEach(list -> list.forEach(ServiceProcess::close));
        broker.stop();
    }
}
