package nl.opleidingsklimaat.localstack;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Mints a token signed with the dev key pair, valid for the dev and test profiles only.
 *
 * <pre>
 * DevToken &lt;role&gt;[,&lt;role&gt;...] [--programme CODE]... [--institution CODE]... [--region CODE] [--subject REF] [--hours N]
 * </pre>
 */
public final class DevToken {
    public static final String ISSUER = "https://dev.opleidingsklimaat.nl";
    /** The audience every service of the platform expects ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "opleidingsklimaat-api";

    public static final String PRIVATE_KEY_RESOURCE = "/dev-jwt/privateKey.pem";

    private DevToken() {}

    public static void main(String[] args) {
        try {
            System.out.println(fromArguments(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(TokenRequest.USAGE);
            System.exit(2);
        }
    }

    static String fromArguments(String[] args) {
        TokenRequest request = TokenRequest.parse(args);
        return mint(
                request.roles(),
                request.programmes(),
                request.institutions(),
                request.region(),
                request.subject() == null ? "dev-" + String.join("-", request.roles()) : request.subject(),
                request.lifetime());
    }

    public static String mint(
            Set<String> roles,
            List<String> programmes,
            List<String> institutions,
            String region,
            String subject,
            Duration lifetime) {
        return mint(ISSUER, roles, programmes, institutions, region, subject, lifetime);
    }

    /** A token signed with the dev key in another issuer's name (what a forger holding the dev key could make). */
    public static String mint(
            String issuer,
            Set<String> roles,
            List<String> programmes,
            List<String> institutions,
            String region,
            String subject,
            Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .upn(subject)
                .subject(subject)
                .groups(roles)
                .expiresIn(lifetime);
        if (!programmes.isEmpty()) {
            claims.claim("programmes", programmes);
        }
        if (!institutions.isEmpty()) {
            claims.claim("institutions", institutions);
        }
        if (region != null) {
            claims.claim("region", region);
        }
        return claims.jws().keyId("dev").sign(devPrivateKey());
    }

    private static PrivateKey devPrivateKey() {
        try (InputStream in = DevToken.class.getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("dev private key missing: " + PRIVATE_KEY_RESOURCE);
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
