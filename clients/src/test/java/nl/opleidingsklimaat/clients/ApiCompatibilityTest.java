package nl.opleidingsklimaat.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build's breaking-change check: each service's OpenAPI document as this build made it
 * ({@code <service>/target/openapi/openapi.yaml}) against the committed one ({@code api/<service>.yaml}), which the
 * hospital systems' clients are generated from. A change that breaks such a client fails the build; an addition
 * passes, and {@code bin/refresh-api} then brings the committed copy up to date.
 */
class ApiCompatibilityTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));

    @ParameterizedTest
    @ValueSource(strings = {"quality-framework-service", "survey-service", "coaching-service", "event-service"})
    void theBuiltDocumentBreaksNoClientOfTheCommittedOne(String service) throws IOException {
        Path committed = ROOT.resolve("api").resolve(service + ".yaml");
        Path built = ROOT.resolve(service).resolve("target/openapi/openapi.yaml");
        assertThat(committed)
                .as("the committed document (bin/refresh-api makes it)")
                .exists();
        assertThat(built)
                .as("the built document: package %s first (mvn verify builds it)", service)
                .exists();

        BreakingChanges.Verdict verdict = BreakingChanges.compare(Files.readString(committed), Files.readString(built));

        assertThat(verdict.breaksClients())
                .as(
                        "%s's API changed in a way that breaks clients of api/%s.yaml. Keep the old shape (add, do not"
                                + " change or remove), or follow the README's version policy for a breaking change and"
                                + " then run bin/refresh-api. What openapi-diff found:%n%s",
                        service, service, verdict.report())
                .isFalse();
        if (verdict.changed()) {
            System.out.printf(
                    "%s: compatible additions not yet in api/%s.yaml; run bin/refresh-api and commit api/%n%s%n",
                    service, service, verdict.report());
        }
    }
}
