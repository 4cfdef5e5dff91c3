package nl.opleidingsklimaat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak server from its distribution ({@code org.keycloak:keycloak-quarkus-dist}, which local-stack's build
 * unpacks into {@code target/keycloak}), run as its own process in development mode with the platform's realm
 * imported: for the local stack ({@code bin/start}) and the end-to-end test of identities. Its database (H2) and
 * transaction log live in a directory of the caller's, so several servers can share one distribution. The issuer is
 * pinned to {@code http://localhost:<port>}, which is what a browser (Swagger UI) and the services both see.
 */
public final class LocalKeycloak implements AutoCloseable {
    public static final String REALM = "opleidingsklimaat";
    public static final String ADMIN = "admin";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Path home;
    private final Path dataDir;
    private final int port;
    private final String adminPassword;
    private final List<Path> importFiles;
    private final Path log;
    private Process process;

    /**
     * @param home the unpacked distribution ({@code local-stack/target/keycloak/keycloak-<version>})
     * @param dataDir this server's database and transaction log
     * @param importFiles the realm file and any users files ({@code <realm>-users-<n>.json}) to import on first start
     */
    public LocalKeycloak(Path home, Path dataDir, int port, String adminPassword, List<Path> importFiles, Path log) {
        this.home = home.toAbsolutePath();
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.adminPassword = adminPassword;
        this.importFiles = List.copyOf(importFiles);
        this.log = log.toAbsolutePath();
        if (!Files.isRegularFile(this.home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home + " is not a Keycloak distribution: build local-stack first (mvn -pl"
                    + " local-stack package), which unpacks it from Maven Central");
        }
    }

    /** The distribution local-stack's build unpacked, for a project checked out at {@code root}. */
    public static Path distribution(Path root) {
        Path unpacked = root.resolve("local-stack/target/keycloak");
        try (var dirs = Files.list(unpacked)) {
            return dirs.filter(dir -> dir.getFileName().toString().startsWith("keycloak-"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException | java.util.NoSuchElementException e) {
            throw new IllegalStateException(
                    "No Keycloak distribution in " + unpacked + ": run mvn -pl local-stack package", e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The {@code iss} of the realm's tokens. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** Where the services fetch the realm's signing keys (JWKS). */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String adminPassword() {
        return adminPassword;
    }

    public synchronized LocalKeycloak start() {
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            for (Path file : importFiles) {
                Path target = imports.resolve(file.getFileName());
                byte[] content = Files.readAllBytes(file);
                if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
                    Files.write(target, content);
                }
            }
            Files.createDirectories(dataDir);
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--import-realm",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=" + url(),
                "--db=dev-file",
                "--db-url=jdbc:h2:file:" + dataDir.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--log-level=WARN,org.keycloak.services:INFO,org.keycloak.exportimport:INFO,io.quarkus:INFO"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
        env.put(
                "JAVA_OPTS_APPEND",
                "-XX:TieredStopAtLevel=1 -Dquarkus.transaction-manager.object-store.directory="
                        + dataDir.resolve("transaction-logs"));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start Keycloak", e);
        }
        return this;
    }

    /** Waits until the realm answers its OpenID discovery document. */
    public LocalKeycloak awaitReady() {
        LocalProcesses.awaitOk(
                URI.create(issuer() + "/.well-known/openid-configuration"),
                process::isAlive,
                START_TIMEOUT,
                Duration.ofMillis(250),
                "Keycloak",
                log);
        return this;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGTERM (kc.sh passes it on to the server), SIGKILL after 30 s. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.forEach(child -> child.onExit().join());
        process = null;
    }

    /**
     * For {@code bin/start}: {@code LocalKeycloak <distribution> <data-dir> <port> <admin-password-file> <import-file>...}.
     * Runs until SIGTERM.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println(
                    "usage: LocalKeycloak <distribution> <data-dir> <port> <admin-password-file> <import-file>...");
            System.exit(2);
        }
        List<Path> imports = Arrays.stream(args).skip(4).map(Path::of).toList();
        Path dataDir = Path.of(args[1]);
        LocalKeycloak keycloak = new LocalKeycloak(
                        Path.of(args[0]),
                        dataDir,
                        Integer.parseInt(args[2]),
                        Files.readString(Path.of(args[3])).trim(),
                        imports,
                        dataDir.resolve("keycloak-server.log"))
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            keycloak.close();
                            stopped.countDown();
                        },
                        "keycloak-shutdown"));
        keycloak.awaitReady();
        System.out.println("Keycloak ready on " + keycloak.url() + ", realm " + REALM + ", data in " + dataDir);
        stopped.await();
    }
}
