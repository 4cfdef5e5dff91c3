package nl.opleidingsklimaat.events.poll;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short codes by which participants join a poll on their phone: 6 characters from an alphabet without look-alikes
 * (no 0/O, no 1/I/L), so a code read from the room's screen is typed right the first time. 31^6 (some 887 million)
 * codes: guessing an open poll's code is hopeless, and a code is never handed out twice.
 */
public final class JoinCodes {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, read as a code (spaces and dashes dropped, any case); empty when it cannot be one. */
    public static Optional<String> read(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
