package nl.opleidingsklimaat.survey.answer;

import jakarta.ws.rs.core.NewCookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Carries the thermometer's own result from the submit to the thank-you page (post/redirect/get) in the resident's
 * browser only: the instrument and the values of the items that gave a signal, never a token, for one page view. The
 * thank-you page computes the result again with the instrument's rules (so a cookie made up by hand shows at most the
 * instrument's own advice) and clears the cookie. Nothing of it is stored on the server.
 */
final class OwnResultCookie {
    static final String NAME = "eigen-uitkomst";
    private static final String PATH = "/vragenlijst/" + QuestionnairePage.THANKS;
    private static final int SECONDS = 600;
    private static final Pattern FORMAT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(:[A-Z0-9-]{2,30}=[0-9]{1,2}){0,20}");

    /** What the cookie holds. */
    record OwnResult(UUID instrumentId, Map<String, Integer> values) {}

    private OwnResultCookie() {}

    static NewCookie of(UUID instrumentId, SubmitResult.WellbeingResult result) {
        String values = result.signals().stream()
                .map(signal -> ":" + signal.item() + "=" + signal.yourAnswer())
                .distinct()
                .collect(Collectors.joining());
        return cookie(instrumentId + values, SECONDS);
    }

    static NewCookie cleared() {
        return cookie("", 0);
    }

    static Optional<OwnResult> read(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Optional.empty();
        }
        String[] parts = value.split(":");
        Map<String, Integer> values = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=");
            values.put(pair[0], Integer.valueOf(pair[1]));
        }
        return Optional.of(new OwnResult(UUID.fromString(parts[0]), values));
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path(PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
