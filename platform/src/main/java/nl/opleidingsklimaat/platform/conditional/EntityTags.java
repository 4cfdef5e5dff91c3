package nl.opleidingsklimaat.platform.conditional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strong entity tags made from a representation: the SHA-256 of its JSON as the service writes it, so a resource's
 * tag changes exactly when what a caller reads of it changes, without a version column. A changing operation builds
 * the representation its GET returns and compares tags ({@link Preconditions}).
 */
@ApplicationScoped
public class EntityTags {
    @Inject
    ObjectMapper objectMapper;

    /** The tag of a representation (an entity the REST layer writes as JSON, or text, or bytes); null for none. */
    public String of(Object representation) {
        byte[] bytes;
        if (representation == null) {
            bytes = null;
        } else if (representation instanceof byte[] raw) {
            bytes = raw;
        } else if (representation instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = json(representation);
        }
        return bytes == null ? null : "\"" + hash(bytes) + "\"";
    }

    /**
     * Whether an {@code If-None-Match} header names this tag, or {@code *}; weak tags ({@code W/"..."}) compare by
     * their opaque part, as RFC 9110 asks for If-None-Match.
     */
    public static boolean listedWeakly(String header, String tag) {
        return listed(header, tag, true);
    }

    /** Whether an {@code If-Match} header names this tag, or {@code *}; a weak tag never matches (RFC 9110). */
    public static boolean listedStrongly(String header, String tag) {
        return listed(header, tag, false);
    }

    private static boolean listed(String header, String tag, boolean weakAllowed) {
        if (header == null || tag == null) {
            return false;
        }
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(candidate -> weakAllowed && candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag));
    }

    private byte[] json(Object representation) {
        try {
            return objectMapper.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
