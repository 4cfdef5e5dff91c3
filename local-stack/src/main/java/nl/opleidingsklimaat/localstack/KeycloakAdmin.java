package nl.opleidingsklimaat.localstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The few calls of Keycloak's admin REST API the local stack and its tests need, made as the bootstrap admin of a
 * {@link LocalKeycloak}: read a confidential client's secret, make a client or realm, and keep a person with given
 * roles and scope attributes. Also asks the realm for tokens (client credentials, or a password grant on a client that
 * allows one).
 */
public final class KeycloakAdmin {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String realm;
    private final String adminPassword;

    public KeycloakAdmin(String url, String realm, String adminPassword) {
        this.url = url;
        this.realm = realm;
        this.adminPassword = adminPassword;
    }

    public String clientSecret(String clientId) {
        String id = clientUuid(clientId);
        return json(get(admin("/clients/" + id + "/client-secret"))).getString("value");
    }

    public boolean hasClient(String clientId) {
        return !jsonArray(get(admin("/clients?clientId=" + encode(clientId)))).isEmpty();
    }

    /** Creates a client in the realm from its representation (as in a realm file). */
    public void createClient(JsonObject client) {
        send("POST", admin("/clients"), client.toString(), 201);
    }

    /** A client's representation, protocol mappers included. */
    public JsonObject client(String clientId) {
        return json(get(admin("/clients/" + clientUuid(clientId))));
    }

    /** Adds clients and users (a partial export's content) to the realm; what exists already is left alone. */
    public void partialImport(JsonObject partial) {
        send("POST", admin("/partialImport"), partial.toString(), 200);
    }

    /** Creates another realm on the same server (a realm file's content). */
    public void createRealm(JsonObject realmFile) {
        send("POST", url + "/admin/realms", realmFile.toString(), 201);
    }

    /**
     * Makes sure the person exists with exactly these realm roles and scope attributes, and this password; creates them
     * when absent.
     */
    public void keepUser(String username, Set<String> roles, Map<String, List<String>> attributes, String password) {
        JsonArray found = jsonArray(get(admin("/users?exact=true&username=" + encode(username))));
        JsonObjectBuilder attributeJson = Json.createObjectBuilder();
        attributes.forEach((name, values) -> attributeJson.add(name, Json.createArrayBuilder(values)));
        JsonObject user = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("email", username + "@local.opleidingsklimaat.test")
                .add("emailVerified", true)
                .add("firstName", username)
                .add("lastName", "local stack")
                .add("attributes", attributeJson)
                .add("requiredActions", Json.createArrayBuilder())
                .build();
        String id;
        if (found.isEmpty()) {
            send("POST", admin("/users"), user.toString(), 201);
            id = jsonArray(get(admin("/users?exact=true&username=" + encode(username))))
                    .getJsonObject(0)
                    .getString("id");
        } else {
            id = found.getJsonObject(0).getString("id");
            send("PUT", admin("/users/" + id), user.toString(), 204);
        }
        send(
                "PUT",
                admin("/users/" + id + "/reset-password"),
                Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", password)
                        .add("temporary", false)
                        .build()
                        .toString(),
                204);
        JsonArray current = jsonArray(get(admin("/users/" + id + "/role-mappings/realm")));
        JsonArrayBuilder surplus = Json.createArrayBuilder();
        for (JsonValue role : current) {
            if (!roles.contains(role.asJsonObject().getString("name"))) {
                surplus.add(role);
            }
        }
        JsonArray toRemove = surplus.build();
        if (!toRemove.isEmpty()) {
            send("DELETE", admin("/users/" + id + "/role-mappings/realm"), toRemove.toString(), 204);
        }
        JsonArrayBuilder wanted = Json.createArrayBuilder();
        for (String role : roles) {
            wanted.add(json(get(admin("/roles/" + encode(role)))));
        }
        send(
                "POST",
                admin("/users/" + id + "/role-mappings/realm"),
                wanted.build().toString(),
                204);
    }

    /** A client-credentials token of a confidential client. */
    public String clientCredentialsToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A password-grant token; only a client that allows direct access grants gives one. */
    public String passwordToken(String clientId, String username, String password) {
        return token(
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    /** The realm's token endpoint's full answer (status and body), for tests of what it refuses. */
    public static HttpResponse<String> tokenResponse(String tokenUrl, Map<String, String> form) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(tokenUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer at " + tokenUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(Map<String, String> form) {
        HttpResponse<String> response =
                tokenResponse(url + "/realms/" + realm + "/protocol/openid-connect/token", form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + ": "
                    + response.statusCode() + " " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    private String adminToken() {
        HttpResponse<String> response = tokenResponse(
                url + "/realms/master/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        LocalKeycloak.ADMIN,
                        "password",
                        adminPassword));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the local admin: " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    private String clientUuid(String clientId) {
        JsonArray clients = jsonArray(get(admin("/clients?clientId=" + encode(clientId))));
        if (clients.isEmpty()) {
            throw new IllegalStateException("no client " + clientId + " in realm " + realm);
        }
        return clients.getJsonObject(0).getString("id");
    }

    private String admin(String path) {
        return url + "/admin/realms/" + realm + path;
    }

    private String get(String address) {
        return send("GET", address, null, 200);
    }

    private String send(String method, String address, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        method + " " + address + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer " + method + " " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static JsonArray jsonArray(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
