package nl.opleidingsklimaat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;
import nl.opleidingsklimaat.testsupport.TestDatabase;
import nl.opleidingsklimaat.testsupport.TestKafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A packaged service in the prod profile does not start without knowing whom to trust, and carries no dev key. */
class ProductionFailsClosedTest {
    private static final Path ROOT = Path.of(System.getProperty("e2e.projectRoot", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path LOGS = Path.of(System.getProperty("e2e.logDir", "target/e2e-logs"));

    @Test
    void withoutIssuerKeysAndAudienceTheServiceStopsAndSaysWhatIsMissing() throws IOException {
        Path log = LOGS.resolve("fail-closed-quality.log");
        try (ServiceProcess service = ServiceProcess.start(
                PackagedService.QUALITY,
                ROOT,
                TestDatabase.recreate(PackagedService.QUALITY.database("failclosed")),
                TestKafka.bootstrapServers(),
                log,
                List.of(),
                Map.of(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "",
                        "MP_JWT_VERIFY_ISSUER", "",
                        "MP_JWT_VERIFY_AUDIENCES", ""))) {
            Awaitility.await().atMost(90, TimeUnit.SECONDS).until(() -> !service.isAlive());
        }
        String said = Files.readString(log);
        assertThat(said)
                .contains("Refusing to start")
                .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .contains("MP_JWT_VERIFY_ISSUER")
                .contains("MP_JWT_VERIFY_AUDIENCES")
                .doesNotContain("QUARKUS_DATASOURCE_PASSWORD (");
        assertThat(said).doesNotContain("Listening on");
    }

    @Test
    void noPackagedServiceContainsTheDevKey() throws IOException {
        List<String> found = new ArrayList<>();
        for (PackagedService service : PackagedService.values()) {
            Path app = ROOT.resolve(service.module()).resolve("target/quarkus-app");
            try (Stream<Path> jars = Files.walk(app)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    try (ZipFile zip = new ZipFile(jar.toFile())) {
                        zip.stream()
                                .filter(entry -> entry.getName().contains("dev-jwt/"))
                                .forEach(entry -> found.add(jar + "!" + entry.getName()));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
