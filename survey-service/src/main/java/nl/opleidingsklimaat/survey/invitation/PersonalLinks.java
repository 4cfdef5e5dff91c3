package nl.opleidingsklimaat.survey.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues the single-use tokens of personal links: 256 random bits from {@link SecureRandom}, URL-safe; only their
 * SHA-256 is stored. A token is long and random enough that a plain hash (no salt, no slow hash) cannot be reversed.
 */
@ApplicationScoped
public class PersonalLinks {
    private static final int TOKEN_BYTES = 32;
    private final SecureRandom random = new SecureRandom();

    /** A new token for the invitation; its hash is stored, the token returned to be mailed. */
    public String issue(UUID invitationId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        InvitationToken stored = new InvitationToken();
        stored.tokenHash = hash(token);
        stored.invitationId = invitationId;
        stored.persist();
        return token;
    }

    /** The invitation a token belongs to, if the token is known. */
    public Optional<Invitation> invitation(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return InvitationToken.<InvitationToken>findByIdOptional(hash(token))
                .map(t -> Invitation.findById(t.invitationId));
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
