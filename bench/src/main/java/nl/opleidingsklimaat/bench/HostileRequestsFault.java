package nl.opleidingsklimaat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.localstack.DevToken;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.TestTokens;

/**
 * Fault 4: 1,000 malformed or hostile requests per service, generated from its OpenAPI document. No request is a
 * valid one by a caller allowed to make it: either the body is broken (malformed JSON, wrong types, unknown fields,
 * 3 MB, empty, wrong media type) under a system token, or the body is the documented example but the caller is not
 * allowed (no token, expired, forged, wrong role, another region/institution/programme), or the path holds random or
 * hostile ids. Pass: no 5xx, no connection error, no row added or removed in any table but {@code audit_entry}
 * (reads of out-of-scope resources may be audited: that is its purpose), every instance ready afterwards.
 */
public final class HostileRequestsFault {
    static final int PER_SERVICE = Integer.getInteger("bench.hostilePerService", 1000);
    static final Set<String> EXCLUDED_TABLES = Set.of("audit_entry");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Operation(String method, String path, JsonNode example, boolean hasBody) {}

    private HostileRequestsFault() {}

    public static Ledger.Verdict run(BenchPlatform platform, NationalRegion region, List<String> realIds)
            throws Exception {
        Ledger.Verdict verdict = new Ledger.Verdict("4. " + PER_SERVICE + " hostile requests per service");
        Ledger ledger = new Ledger(platform);
        ledger.awaitSettled(Duration.ofMinutes(2));
        Map<PackagedService, Map<String, Long>> before = new TreeMap<>();
        for (PackagedService service : PackagedService.values()) {
            before.put(service, ledger.rowCounts(service));
        }
        Tokens tokens = new Tokens(region);
        for (PackagedService service : PackagedService.values()) {
            String url = platform.url(service);
            List<Operation> operations = operations(
                    Api.get(url + "/q/openapi?format=json", null).expect(200).body());
            Map<Integer, Long> statuses = new ConcurrentHashMap<>();
            AtomicLong connectionErrors = new AtomicLong();
            AtomicLong resetsOnOversized = new AtomicLong();
            List<String> serverErrors = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(6);
            for (int i = 0; i < PER_SERVICE; i++) {
                Operation operation = operations.get(i % operations.size());
                int variant = sharedReferenceData(operation)
                        ? SCOPE_FREE_VARIANT.getOrDefault((i / operations.size()) % 13, (i / operations.size()) % 13)
                        : (i / operations.size()) % 13;
                long seed = i;
                pool.submit(() -> {
                    HttpRequest request = hostile(url, operation, variant, new Random(seed), tokens, realIds);
                    try {
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        statuses.merge(response.statusCode(), 1L, Long::sum);
                        if (response.statusCode() >= 500
                                || (response.statusCode() / 100 == 2
                                        && !operation.method().equals("GET"))) {
                            serverErrors.add(operation.method() + " "
                                    + request.uri().getRawPath() + " v" + variant + " -> " + response.statusCode() + " "
                                    + response.body()
                                            .substring(
                                                    0,
                                                    Math.min(
                                                            200, response.body().length())));
                        }
                    } catch (Exception e) {
                        if (OVERSIZED.contains(variant)) {
                            resetsOnOversized.incrementAndGet();
                            return;
                        }
                        connectionErrors.incrementAndGet();
                        serverErrors.add(operation.method() + " " + operation.path() + " v" + variant + " -> " + e);
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            boolean ready = platform.instances(service).stream()
                    .allMatch(p -> Api.get(p.url() + "/q/health/ready", null).status() == 200);
            long fiveXx = statuses.entrySet().stream()
                    .filter(e -> e.getKey() >= 500)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            System.out.printf(
                    "  %s: %d operations, statuses %s, connection errors %d, resets on oversized requests %d%n",
                    service.module(),
                    operations.size(),
                    new TreeMap<>(statuses),
                    connectionErrors.get(),
                    resetsOnOversized.get());
            serverErrors.stream().limit(20).forEach(e -> System.out.println("    " + e));
            verdict.count("%s %s%s"
                    .formatted(
                            service.name().toLowerCase(),
                            new TreeMap<>(statuses),
                            (connectionErrors.get() == 0 ? "" : " + " + connectionErrors.get() + " connection errors")
                                    + (resetsOnOversized.get() == 0
                                            ? ""
                                            : " + " + resetsOnOversized.get() + " resets on oversized requests")));
            verdict.check(fiveXx == 0, service.module() + ": " + fiveXx + " 5xx");
            verdict.check(
                    connectionErrors.get() == 0,
                    service.module() + ": " + connectionErrors.get() + " connection errors");
            verdict.check(ready, service.module() + " not ready afterwards");
        }
        ledger.awaitSettled(Duration.ofMinutes(2));
        List<String> changed = new ArrayList<>();
        for (PackagedService service : PackagedService.values()) {
            Map<String, Long> after = ledger.rowCounts(service);
            before.get(service).forEach((table, count) -> {
                if (!EXCLUDED_TABLES.contains(table) && !count.equals(after.get(table))) {
                    changed.add(service.module() + "." + table + " " + count + " -> " + after.get(table));
                }
            });
            long audited = after.get("audit_entry") - before.get(service).get("audit_entry");
            verdict.count(service.name().toLowerCase() + " audit +" + audited);
        }
        verdict.count("row counts changed (audit_entry excluded): " + changed.size());
        verdict.check(changed.isEmpty(), "stored: " + String.join(", ", changed));
        return verdict;
    }

    /**
     * An oversized request (variant 3: a 3 MB body; variant 11: a 3 KB query string) is refused with 413/414 as soon
     * as its head arrives, and the server closes the connection; a client still writing may then see a reset instead
     * of the status. Nothing is stored either way, so these are counted and reported, not failed.
     */
    static final Set<Integer> OVERSIZED = Set.of(3, 11);

    /**
     * National or shared reference data that any caller of the role may add: specialties (the national list, also
     * added by a region's structure import), instruments (item banks, immutable once published) and coaches (a pool
     * that every institution's COC draws on, since a resident's coach comes from another institution). There is no
     * scope to be outside of, so the "token of another region / institution" variants (8, 9) become the wrong-role
     * and expired-token variants for them.
     */
    static final Set<String> SHARED_REFERENCE_DATA =
            Set.of("POST /api/specialties", "POST /api/instruments", "POST /api/coaches");

    static final Map<Integer, Integer> SCOPE_FREE_VARIANT = Map.of(8, 7, 9, 5);

    static boolean sharedReferenceData(Operation operation) {
        return SHARED_REFERENCE_DATA.contains(operation.method() + " " + operation.path());
    }

    static List<Operation> operations(JsonNode openapi) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                JsonNode example = null;
                for (JsonNode media : content) {
                    for (JsonNode named : media.path("examples")) {
                        example = named.path("value");
                    }
                    if (example == null && media.has("example")) {
                        example = media.path("example");
                    }
                }
                if (example != null && example.isTextual()) {
                    try {
                        example = Api.JSON.readTree(example.asText());
                    } catch (Exception notJson) {
                        // keep as text
                    }
                }
                boolean hasBody = method.getValue().has("requestBody");
                operations.add(new Operation(
                        method.getKey().toUpperCase(),
                        path.getKey(),
                        example == null && hasBody
                                ? JsonNodeFactory.instance.objectNode().put("name", "x")
                                : example,
                        hasBody));
            }
        }
        return operations;
    }

    static HttpRequest hostile(
            String url, Operation operation, int variant, Random random, Tokens tokens, List<String> realIds) {
        String token = tokens.system;
        String body = operation.example() == null ? null : operation.example().toString();
        String contentType = "application/json";
        String query = "";
        boolean hostilePath = false;
        switch (variant) {
            case 0 -> body = "{\"code\": \"x\", \"name\": [1, 2"; // malformed
            case 1 -> body = wrongTypes(operation.example()).toString();
            case 2 -> body = withUnknownField(operation.example()).toString();
            case 3 -> body = "[\"" + "x".repeat(3 * 1024 * 1024) + "\"]";
            case 4 -> token = null;
            case 5 -> token = tokens.expired;
            case 6 -> token = random.nextBoolean() ? tokens.forged : tokens.unsigned;
            case 7 -> token = tokens.wrongRole;
            case 8 -> token = tokens.otherRegion;
            case 9 -> token = random.nextBoolean() ? tokens.otherInstitution : tokens.otherProgramme;
            case 10 -> {
                hostilePath = true;
                body = "";
            }
            case 11 -> {
                query =
                        "?page=-1&size=99999999&regionCode=%27%20OR%201%3D1--&status=NOPE&from=yesterday&institutionCode="
                                + "A".repeat(3000);
                body = "{\"answers\": \"" + "\\u0000".repeat(10) + "\"}";
            }
            default -> {
                contentType = "text/plain";
                body = "code=LUMC&name=x";
            }
        }
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value;
            if (hostilePath) {
                value = List.of(
                                "..%2F..%2Fetc%2Fpasswd",
                                "%27%20OR%201%3D1--",
                                "A".repeat(5000),
                                "%00",
                                "-1",
                                "9999999999999999999999",
                                "%F0%9F%92%A9",
                                "null")
                        .get(random.nextInt(8));
            } else {
                String raw = random.nextInt(3) == 0
                        ? UUID.randomUUID().toString()
                        : random.nextInt(2) == 0
                                ? "ZZ-" + random.nextInt(1000)
                                : realIds.get(random.nextInt(realIds.size()));
                value = URLEncoder.encode(raw, StandardCharsets.UTF_8);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(url + path + query)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (operation.hasBody()) {
            builder.header("Content-Type", contentType);
            builder.method(
                    operation.method(),
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    static JsonNode wrongTypes(JsonNode example) {
        if (example == null || !example.isContainerNode()) {
            return JsonNodeFactory.instance.arrayNode().add(42);
        }
        if (example.isArray()) {
            return JsonNodeFactory.instance.objectNode().put("items", "not a list");
        }
        ObjectNode wrong = JsonNodeFactory.instance.objectNode();
        example.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                wrong.put(field.getKey(), 12345);
            } else if (value.isNumber()) {
                wrong.put(field.getKey(), "twelve");
            } else if (value.isBoolean()) {
                wrong.put(field.getKey(), "maybe");
            } else if (value.isArray()) {
                wrong.put(field.getKey(), "not a list");
            } else {
                wrong.set(field.getKey(), JsonNodeFactory.instance.arrayNode().add(true));
            }
        });
        return wrong;
    }

    static JsonNode withUnknownField(JsonNode example) {
        ObjectNode node = example != null && example.isObject()
                ? ((ObjectNode) example.deepCopy())
                : JsonNodeFactory.instance.objectNode();
        node.put("zzUnknownField", "hostile");
        node.set("__proto__", JsonNodeFactory.instance.objectNode().put("admin", true));
        return node;
    }

    /** Tokens no request may succeed with, plus the system token used with broken bodies. */
    static final class Tokens {
        final String system =
                TestTokens.systemOfRegion(NationalRegion.REGION); // in scope, so the bodies are what is refused
        final String expired = TestTokens.expired();
        final String wrongRole;
        final String otherRegion = TestTokens.coordinator("OOR-ELDERS");
        final String otherInstitution = TestTokens.coc("ZZ999");
        final String otherProgramme = TestTokens.director("ZZ999-X");
        final String forged;
        final String unsigned;

        Tokens(NationalRegion region) throws Exception {
            wrongRole = TestTokens.resident("hostile-resident", "ZZ999-X");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            forged = Jwt.issuer(DevToken.ISSUER)
                    .audience(DevToken.AUDIENCE)
                    .upn("forger")
                    .subject("forger")
                    .groups(Set.of("system"))
                    .expiresIn(3600)
                    .jws()
                    .keyId("dev")
                    .sign(key);
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            unsigned = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(("{\"iss\":\"" + DevToken.ISSUER
                                    + "\",\"aud\":\"" + DevToken.AUDIENCE
                                    + "\",\"sub\":\"forger\",\"upn\":\"forger\",\"groups\":[\"system\"],\"exp\":"
                                    + (System.currentTimeMillis() / 1000 + 3600) + "}")
                            .getBytes(StandardCharsets.UTF_8))
                    + ".";
        }
    }
}
