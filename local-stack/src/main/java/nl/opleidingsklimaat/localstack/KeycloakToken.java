package nl.opleidingsklimaat.localstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/token} against the local stack's Keycloak: a real token of the realm for any role and scope, so a developer
 * (and {@code bin/demo-data}) can act as anyone without a browser. It keeps a person of that role and scope in the
 * realm and signs them in on {@value #CLIENT}, a client with the password grant that only the local stack creates (the
 * realm file has none). Same arguments as {@link DevToken}:
 *
 * <pre>
 * KeycloakToken &lt;keycloak-url&gt; &lt;admin-password-file&gt; &lt;role&gt;[,&lt;role&gt;...] [--programme CODE]... [--institution CODE]... [--region CODE] [--subject REF]
 * </pre>
 */
public final class KeycloakToken {
    static final String CLIENT = "local-stack-cli";
    private static final String TEMPLATE = "swagger-ui";

    private KeycloakToken() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: KeycloakToken <keycloak-url> <admin-password-file> <role> [options]");
            System.exit(2);
        }
        TokenRequest request;
        try {
            request = TokenRequest.parse(java.util.Arrays.copyOfRange(args, 2, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(TokenRequest.USAGE);
            System.exit(2);
            return;
        }
        KeycloakAdmin admin = new KeycloakAdmin(
                args[0], LocalKeycloak.REALM, Files.readString(Path.of(args[1])).trim());
        System.out.println(token(admin, request));
    }

    static String token(KeycloakAdmin admin, TokenRequest request) {
        ensureClient(admin);
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        if (!request.programmes().isEmpty()) {
            attributes.put("programmes", request.programmes());
        }
        if (!request.institutions().isEmpty()) {
            attributes.put("institutions", request.institutions());
        }
        if (request.region() != null) {
            attributes.put("region", List.of(request.region()));
        }
        String username = request.subjectOrDefault("local");
        String password = randomPassword();
        admin.keepUser(username, request.roles(), attributes, password);
        return admin.passwordToken(CLIENT, username, password);
    }

    /** The local stack's password-grant client: Swagger UI's claims (roles, scope, audience), tokens valid 12 hours. */
    static synchronized void ensureClient(KeycloakAdmin admin) {
        if (admin.hasClient(CLIENT)) {
            return;
        }
        JsonObject template = admin.client(TEMPLATE);
        var mappers = Json.createArrayBuilder();
        template.getJsonArray("protocolMappers").forEach(mapper -> {
            var copy = Json.createObjectBuilder(mapper.asJsonObject());
            copy.remove("id");
            mappers.add(copy);
        });
        admin.createClient(Json.createObjectBuilder()
                .add("clientId", CLIENT)
                .add("name", "bin/token and bin/demo-data (local stack only)")
                .add("enabled", true)
                .add("publicClient", true)
                .add("protocol", "openid-connect")
                .add("standardFlowEnabled", false)
                .add("directAccessGrantsEnabled", true)
                .add("serviceAccountsEnabled", false)
                .add("fullScopeAllowed", true)
                .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", "43200"))
                .add("protocolMappers", mappers)
                .build());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
