package nl.opleidingsklimaat.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The personal links to a participant's own pages (registration, evaluation, certificate): 256 random bits, URL-safe;
 * only their SHA-256 is stored on the registration, so a database reader cannot open anyone's pages. A new link
 * replaces the previous one. A token is long and random enough that a plain hash (no salt, no slow hash) cannot be
 * reversed.
 */
@ApplicationScoped
public class PersonalLinks {
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();

    /** A new token for the registration, replacing any earlier one; returned once, to be handed to the participant. */
    public String issue(Registration registration) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        registration.pageTokenHash = hash(token);
        return token;
    }

    /** The registration a token belongs to, if the token is the registration's current one. */
    public Optional<Registration> registration(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return Registration.find("pageTokenHash", hash(token)).firstResultOptional();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
