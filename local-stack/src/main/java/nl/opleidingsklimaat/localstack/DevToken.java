package nl.opleidingsklimaat.localstack;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
    /** The platform's roles (DESIGN.md); kept here too because this tool runs without the services' classes. */
    static final Set<String> ROLES = Set.of(
            "resident",
            "programme-director",
            "supervisor",
            "coc",
            "board",
            "region-coordinator",
            "education-advisor",
            "coach",
            "system",
            "reference-data");

    private DevToken() {}

    public static void main(String[] args) {
        try {
            System.out.println(fromArguments(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(
                    "usage: bin/token <role>[,<role>...] [--programme CODE]... [--institution CODE]... [--region CODE] [--subject REF] [--hours N]");
            System.err.println(
                    "roles: resident programme-director supervisor coc board region-coordinator education-advisor coach system reference-data");
            System.exit(2);
        }
    }

    static String fromArguments(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException("a role is required");
        }
        Set<String> roles = new LinkedHashSet<>(List.of(args[0].split(",")));
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role " + role);
            }
        }
        List<String> programmes = new ArrayList<>();
        List<String> institutions = new ArrayList<>();
        String region = null;
        String subject = null;
        long hours = 12;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--programme", "--programmes" -> programmes.addAll(List.of(value.split(",")));
                case "--institution", "--institutions" -> institutions.addAll(List.of(value.split(",")));
                case "--region" -> region = value;
                case "--subject" -> subject = value;
                case "--hours" -> hours = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return mint(
                roles,
                programmes,
                institutions,
                region,
                subject == null ? "dev-" + String.join("-", roles) : subject,
                Duration.ofHours(hours));
    }

    public static String mint(
            Set<String> roles,
            List<String> programmes,
            List<String> institutions,
            String region,
            String subject,
            Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
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
