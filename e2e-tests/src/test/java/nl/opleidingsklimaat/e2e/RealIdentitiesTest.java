package nl.opleidingsklimaat.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.localstack.BrokerAccounts;
import nl.opleidingsklimaat.localstack.DevToken;
import nl.opleidingsklimaat.localstack.KafkaBroker;
import nl.opleidingsklimaat.localstack.KeycloakAdmin;
import nl.opleidingsklimaat.localstack.LocalKeycloak;
import nl.opleidingsklimaat.localstack.LocalProcesses;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;
import nl.opleidingsklimaat.testsupport.TestDatabase;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Real identities end to end, for people, services and events: a Keycloak server started from its distribution with
 * the platform's realm, a broker that authenticates (SASL/SCRAM) and authorises (ACLs), and the packaged
 * quality-framework-service in the prod profile, verifying that realm's tokens from its JWKS with issuer and audience
 * checked and publishing through its own broker account, exactly as production is configured. A hospital's client
 * works within its institution and nowhere else; a coordinator signs in as Swagger UI does (authorization code with
 * PKCE); every token that is not the realm's, for the platform, is refused (another issuer, another audience, the dev
 * key); and a service's principal cannot write another service's topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealIdentitiesTest {
    private static final Path ROOT = Path.of(System.getProperty("e2e.projectRoot", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path LOGS = Path.of(System.getProperty("e2e.logDir", "target/e2e-logs"));
    private static final String REGION = "OOR-RIJNDELTA";

    private LocalKeycloak keycloak;
    private KeycloakAdmin realm;
    private KafkaBroker broker;
    private final Map<String, String> brokerPasswords = new java.util.HashMap<>();
    private ServiceProcess quality;

    @BeforeAll
    void startKeycloakAndTheService() throws IOException {
        Path data = LOGS.resolveSibling("e2e-keycloak");
        LocalProcesses.deleteRecursively(data);
        String adminPassword = secret();
        broker = KafkaBroker.authenticatedOnFreePorts(secret()).start();
        for (BrokerAccounts account : BrokerAccounts.values()) {
            brokerPasswords.put(account.principal(), secret());
        }
        BrokerAccounts.grantAll(broker, brokerPasswords);
        keycloak = new LocalKeycloak(
                        LocalKeycloak.distribution(ROOT),
                        data,
                        KafkaBroker.freePort(),
                        adminPassword,
                        List.of(
                                ROOT.resolve("docker/keycloak/opleidingsklimaat-realm.json"),
                                ROOT.resolve("local-stack/src/main/keycloak/opleidingsklimaat-users-0.json")),
                        LOGS.resolve("keycloak.log"))
                .start();
        quality = ServiceProcess.start(
                PackagedService.QUALITY,
                ROOT,
                TestDatabase.recreate(PackagedService.QUALITY.database("identity")),
                broker.bootstrapServers(),
                LOGS.resolve("identity-quality.log"),
                List.of(),
                Map.of(
                        "PLATFORM_KAFKA_USERNAME", BrokerAccounts.QUALITY.principal(),
                        "PLATFORM_KAFKA_PASSWORD", brokerPasswords.get(BrokerAccounts.QUALITY.principal()),
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl(),
                        "MP_JWT_VERIFY_ISSUER", keycloak.issuer(),
                        "MP_JWT_VERIFY_AUDIENCES", DevToken.AUDIENCE,
                        "PLATFORM_SIGN_IN_AUTHORIZATION_URL", keycloak.issuer() + "/protocol/openid-connect/auth",
                        "PLATFORM_SIGN_IN_TOKEN_URL", keycloak.tokenUrl()));
        keycloak.awaitReady();
        quality.awaitReady();
        realm = new KeycloakAdmin(keycloak.url(), LocalKeycloak.REALM, adminPassword);
        realm.partialImport(resource("e2e-clients.json"));
        registerTheRegion();
    }

    @AfterAll
    void stop() {
        if (quality != null) {
            quality.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theServicePublishesItsEventsThroughItsOwnBrokerAccount() {
        try (KafkaConsumer<String, String> reader = consumer(broker.adminConfig(), "e2e-reader")) {
            reader.subscribe(List.of(Topics.QUALITY));
            List<String> seen = new java.util.ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
                reader.poll(Duration.ofMillis(500)).forEach(record -> seen.add(record.key()));
                return seen.contains("programme/RDU-CHI");
            });
        }
    }

    @Test
    void aServicesPrincipalIsRefusedWritingAnotherServicesTopicOrReadingWhatItDoesNotConsume() throws Exception {
        Map<String, Object> survey = broker.clientConfig(
                BrokerAccounts.SURVEY.principal(), brokerPasswords.get(BrokerAccounts.SURVEY.principal()));
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(producerConfig(survey), new StringSerializer(), new StringSerializer())) {
            ExecutionException forged = org.junit.jupiter.api.Assertions.assertThrows(
                    ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(Topics.QUALITY, "programme/RDU-CHI", "{}"))
                            .get(30, TimeUnit.SECONDS));
            assertThat(forged.getCause()).isInstanceOf(TopicAuthorizationException.class);
            producer.send(new ProducerRecord<>(Topics.SURVEY, "programme/RDU-CHI", "{}"))
                    .get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> reader = consumer(survey, BrokerAccounts.SURVEY.principal())) {
            reader.subscribe(List.of(Topics.COACHING));
            org.junit.jupiter.api.Assertions.assertThrows(
                    TopicAuthorizationException.class, () -> reader.poll(Duration.ofSeconds(10)));
        }
        Map<String, Object> nobody = broker.clientConfig("survey-service", "not-the-password");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(producerConfig(nobody), new StringSerializer(), new StringSerializer())) {
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(Topics.SURVEY, "programme/RDU-CHI", "{}"))
                            .get(30, TimeUnit.SECONDS));
            assertThat(refused.getCause()).isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aHospitalClientsTokenWorksWithinItsInstitutionAndIsRefusedOutsideIt() {
        String rdu = clientToken(realm, "hospital-system-rdu");
        api(rdu).get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("system"))
                .body("institutions", contains("RDU"));
        api(rdu).get("/api/programmes/RDU-CHI").then().statusCode(200).body("code", equalTo("RDU-CHI"));
        api(rdu).get("/api/programmes/SBZ-ANE").then().statusCode(404);
        api(rdu).get("/api/dashboards/institutions/SBZ").then().statusCode(404);
        api(clientToken(realm, "hospital-system-sbz"))
                .get("/api/programmes/SBZ-ANE")
                .then()
                .statusCode(200);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        KeycloakAdmin elsewhere = new KeycloakAdmin(keycloak.url(), "elsewhere", keycloak.adminPassword());
        realm.createRealm(resource("elsewhere-realm.json"));
        String foreign = clientToken(elsewhere, "hospital-system-rdu");
        assertThat(claims(foreign)).contains("\"iss\":\"" + keycloak.url() + "/realms/elsewhere\"");
        api(foreign).get("/api/programmes/RDU-CHI").then().statusCode(401);
    }

    @Test
    void aTokenOfThisRealmForAnotherAudienceIsRefused() {
        String forAnotherApi = clientToken(realm, "e2e-rdu-for-another-api");
        assertThat(claims(forAnotherApi)).contains("another-api").doesNotContain(DevToken.AUDIENCE);
        api(forAnotherApi).get("/api/programmes/RDU-CHI").then().statusCode(401);
    }

    @Test
    void aTokenSignedWithTheDevKeyIsRefusedWhateverIssuerItNames() {
        String inTheRealmsName = DevToken.mint(
                keycloak.issuer(), Set.of("system"), List.of(), List.of("RDU"), null, "forger", Duration.ofHours(1));
        api(inTheRealmsName).get("/api/programmes/RDU-CHI").then().statusCode(401);
        api(TestTokens.systemOfInstitution("RDU"))
                .get("/api/programmes/RDU-CHI")
                .then()
                .statusCode(401);
    }

    @Test
    void aCoordinatorSignsInLikeSwaggerUiDoesAndActsWithinTheRegion() {
        given().baseUri(quality.url())
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "components.securitySchemes.sign-in.flows.authorizationCode.authorizationUrl",
                        equalTo(keycloak.issuer() + "/protocol/openid-connect/auth"));
        // Swagger UI of the local stack's quality service (a redirect URI the realm allows; the code is taken from it)
        String token = new BrowserSignIn(keycloak, "http://localhost:8083/q/swagger-ui/oauth2-redirect.html")
                .signIn("swagger-ui", "coordinator", "coordinator");
        api(token)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("region-coordinator"))
                .body("region", equalTo(REGION));
        api(token).get("/api/dashboards/regions/" + REGION).then().statusCode(200);
        api(token).get("/api/dashboards/regions/OOR-ELDERS").then().statusCode(404);
    }

    @Test
    void swaggerUisClientGivesNoTokenForAPassword() {
        HttpResponse<String> refused = KeycloakAdmin.tokenResponse(
                keycloak.tokenUrl(),
                Map.of(
                        "grant_type", "password",
                        "client_id", "swagger-ui",
                        "username", "coordinator",
                        "password", "coordinator"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("unauthorized_client");
    }

    private void registerTheRegion() throws IOException {
        api(clientToken(realm, "reference-data-loader"))
                .body(Map.of("code", REGION, "name", "OOR Rijndelta (fictief)"))
                .post("/api/regions")
                .then()
                .statusCode(201);
        api(clientToken(realm, "e2e-region-system"))
                .body(Files.readString(ROOT.resolve("demo/region.json")))
                .post("/api/regions/" + REGION + "/structure-imports")
                .then()
                .statusCode(200);
    }

    private io.restassured.specification.RequestSpecification api(String token) {
        return given().baseUri(quality.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> producerConfig(Map<String, Object> connection) {
        Map<String, Object> config = new java.util.HashMap<>(connection);
        config.put("max.block.ms", 15_000);
        config.put("delivery.timeout.ms", 20_000);
        config.put("request.timeout.ms", 10_000);
        return config;
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> connection, String group) {
        Map<String, Object> config = new java.util.HashMap<>(connection);
        config.put("group.id", group);
        config.put("auto.offset.reset", "earliest");
        config.put("enable.auto.commit", false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static String secret() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static String clientToken(KeycloakAdmin admin, String clientId) {
        return admin.clientCredentialsToken(clientId, admin.clientSecret(clientId));
    }

    private static String claims(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static jakarta.json.JsonObject resource(String name) {
        try (var in = RealIdentitiesTest.class.getResourceAsStream("/keycloak/" + name)) {
            return KeycloakAdmin.json(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
