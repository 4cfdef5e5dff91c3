package nl.opleidingsklimaat.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.opleidingsklimaat.localstack.DevToken;
import nl.opleidingsklimaat.localstack.KafkaBroker;
import nl.opleidingsklimaat.localstack.LocalProcesses;

/**
 * One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own JVM process on a free port,
 * in the prod profile with the dev key (given as the production settings an identity provider's would be; the extra
 * environment replaces them, and an empty value removes one), against a given database and broker, with the JVM options of
 * {@code bin/service-jvm.options} and the service's AppCDS archive when the build made one. Used by the end-to-end tests and the
 * benchmarks; {@link #kill()} is a SIGKILL, {@link #restart()} starts it again on the same port and database.
 */
public final class ServiceProcess implements AutoCloseable {
    /** A key for this run's sealed ballots, made fresh: the prod profile has none and must be given one. */
    private static final String BALLOTS_KEY =
            java.util.Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32));

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final PackagedService service;
    private final Path runner;
    private final Path jvmOptionsFile;
    private final Path classDataArchive;
    private final Path publicKey;
    private final String jdbcUrl;
    private final String bootstrapServers;
    private final Path log;
    private int port;
    private final List<String> jvmOptions;
    private final Map<String, String> extraEnvironment;
    private Process process;

    private ServiceProcess(
            PackagedService service,
            Path projectRoot,
            String jdbcUrl,
            String bootstrapServers,
            Path log,
            List<String> jvmOptions,
            Map<String, String> extraEnvironment) {
        this.service = service;
        this.runner = projectRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        this.jvmOptionsFile = projectRoot.resolve("bin/service-jvm.options");
        this.classDataArchive = runner.resolveSibling("app-cds.jsa");
        this.publicKey = projectRoot.resolve("local-stack/src/main/resources/dev-jwt/publicKey.pem");
        this.jdbcUrl = jdbcUrl;
        this.bootstrapServers = bootstrapServers;
        this.log = log;
        this.port = KafkaBroker.freePort();
        this.jvmOptions = List.copyOf(jvmOptions);
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        if (!Files.exists(runner)) {
            throw new IllegalStateException(
                    runner + " is missing: package the services first (mvn package -DskipTests)");
        }
    }

    /** Starts the service without waiting for it; call {@link #awaitReady()} (several can start side by side). */
    public static ServiceProcess start(
            PackagedService service,
            Path projectRoot,
            String jdbcUrl,
            String bootstrapServers,
            Path log,
            List<String> jvmOptions,
            Map<String, String> extraEnvironment) {
        ServiceProcess started =
                new ServiceProcess(service, projectRoot, jdbcUrl, bootstrapServers, log, jvmOptions, extraEnvironment);
        try {
            Files.deleteIfExists(log); // a restart appends to the log of this run, never to an earlier run's
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        started.launch();
        return started;
    }

    private synchronized void launch() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the options every service runs with (as bin/start runs them), its AppCDS archive if built, then the caller's
        if (Files.exists(jvmOptionsFile)) {
            command.add("@" + jvmOptionsFile);
        }
        if (Files.exists(classDataArchive)) {
            command.add("-XX:SharedArchiveFile=" + classDataArchive.getFileName());
        }
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(runner.getFileName().toString());
        // from the application's directory: the archive records the class path as Quarkus built it, relative to it
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(runner.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", TestDatabase.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestDatabase.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevToken.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", DevToken.AUDIENCE);
        env.put("PLATFORM_BALLOTS_KEY", BALLOTS_KEY);
        if (service == PackagedService.SURVEY) {
            // Invitation links are only ever mailed. The packaged service runs in the prod profile (SMTP); here it
            // uses quarkus-mailer's mock mailbox, which writes every mail to the log.
            env.put("_PROD_QUARKUS_MAILER_MOCK", "true");
            env.put("QUARKUS_MAILER_MOCK", "true");
            env.put("SURVEY_ANSWER_BASE_URL", "http://127.0.0.1:" + port + "/api/answers/");
        }
        extraEnvironment.forEach((name, value) -> {
            if (value.isEmpty()) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + service.module(), e);
        }
    }

    public PackagedService service() {
        return service;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public synchronized long pid() {
        return process.pid();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Resident set size of the process in kB, read from /proc (Linux). */
    public long residentKilobytes() {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** CPU time (user and system) the process has used so far, in ms, read from /proc (Linux, 100 ticks a second). */
    public long cpuMillis() {
        return cpuMillis(Path.of("/proc/" + pid() + "/stat"));
    }

    /** The part of {@link #cpuMillis()} the JIT compiler threads used. */
    public long compilerCpuMillis() {
        try (var tasks = Files.list(Path.of("/proc/" + pid() + "/task"))) {
            return tasks.filter(task -> threadName(task).contains("Compiler"))
                    .mapToLong(task -> cpuMillis(task.resolve("stat")))
                    .sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String threadName(Path task) {
        try {
            return Files.readString(task.resolve("comm"));
        } catch (IOException e) {
            return "";
        }
    }

    private static long cpuMillis(Path stat) {
        try {
            String line = Files.readString(stat);
            // fields after the command name (which may hold spaces) in parentheses; utime and stime are fields 14 and
            // 15
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public ServiceProcess awaitReady() {
        try {
            awaitOk();
        } catch (IllegalStateException exited) {
            if (isAlive() || !portWasTaken()) {
                throw exited;
            }
            // the free port was handed out again (to another process's outgoing connection) before the service
            // bound it: once more on a new one
            port = KafkaBroker.freePort();
            launch();
            awaitOk();
        }
        return this;
    }

    private void awaitOk() {
        LocalProcesses.awaitOk(
                URI.create(url() + "/q/health/ready"),
                this::isAlive,
                START_TIMEOUT,
                Duration.ofMillis(50),
                service.module(),
                log);
    }

    private boolean portWasTaken() {
        try {
            String written = Files.readString(log);
            return written.contains("QuarkusBindException") || written.contains("Address already in use");
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: no shutdown hooks, no graceful close of connections or transactions. */
    public synchronized void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Starts the process again, on the same port, database and broker. */
    public ServiceProcess restart() {
        if (isAlive()) {
            throw new IllegalStateException(service.module() + " is still running");
        }
        launch();
        return this;
    }

    /** SIGTERM, then SIGKILL after 20 s. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitForExit();
    }

    private void waitForExit() {
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
