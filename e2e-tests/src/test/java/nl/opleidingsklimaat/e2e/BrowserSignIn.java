package nl.opleidingsklimaat.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.localstack.KeycloakAdmin;
import nl.opleidingsklimaat.localstack.LocalKeycloak;

/**
 * What Swagger UI does when a person presses Authorize and signs in: the authorization-code flow with PKCE (S256)
 * against Keycloak's login page, then the code exchanged for a token with the verifier. Cookies kept, redirects followed
 * by hand, the login form filled in as a person would. Keycloak marks its cookies {@code Secure}, which a browser
 * sends to {@code http://localhost} and Java's cookie manager would not, so the cookies are kept here.
 */
final class BrowserSignIn {
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final LocalKeycloak keycloak;
    private final String redirectUri;
    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

    BrowserSignIn(LocalKeycloak keycloak, String redirectUri) {
        this.keycloak = keycloak;
        this.redirectUri = redirectUri;
    }

    String signIn(String clientId, String username, String password) {
        String verifier = random();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String authorize = keycloak.issuer() + "/protocol/openid-connect/auth?"
                + form(Map.of(
                        "client_id",
                        clientId,
                        "response_type",
                        "code",
                        "scope",
                        "openid",
                        "redirect_uri",
                        redirectUri,
                        "state",
                        random(),
                        "code_challenge",
                        challenge,
                        "code_challenge_method",
                        "S256"));
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(authorize)));
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("no login form: " + loginPage.statusCode() + " " + loginPage.body());
        }
        HttpResponse<String> signedIn =
                send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", username, "password", password, "credentialId", "")))));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || !location.startsWith(redirectUri)) {
            throw new IllegalStateException("sign-in did not return to " + redirectUri + ": " + signedIn.statusCode()
                    + " " + location + " " + signedIn.body().replaceAll("\\s+", " "));
        }
        String code = query(URI.create(location)).get("code");
        HttpResponse<String> token = KeycloakAdmin.tokenResponse(
                keycloak.tokenUrl(),
                Map.of(
                        "grant_type", "authorization_code",
                        "client_id", clientId,
                        "code", code,
                        "redirect_uri", redirectUri,
                        "code_verifier", verifier));
        if (token.statusCode() != 200) {
            throw new IllegalStateException("code exchange refused: " + token.body());
        }
        return KeycloakAdmin.json(token.body()).getString("access_token");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(
                            pair.substring(0, equals).trim(),
                            pair.substring(equals + 1).trim());
                }
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8),
                        (first, second) -> second));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
