package nl.opleidingsklimaat.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal survey links that survey-service mailed, read from its mock mailbox log ("Sending email ... to [address]
 * ... text body: ... /api/answers/&lt;token&gt;"). This is the one place the end-to-end test looks outside the REST APIs:
 * the link is mailed to the resident and no endpoint returns it, by design.
 */
final class Mailbox {
    private Mailbox() {}

    /** The token of the latest mail sent to this address, if one was logged. */
    static Optional<String> latestToken(String email) {
        String log;
        try {
            log = Files.readString(RunningPlatform.log(Service.SURVEY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher matcher = Pattern.compile(
                        "Sending email .*? to \\[?" + Pattern.quote(email)
                                + "\\]?[ ,(].*?/(?:api/answers|vragenlijst)/([A-Za-z0-9_-]{20,})",
                        Pattern.DOTALL)
                .matcher(log);
        String token = null;
        while (matcher.find()) {
            token = matcher.group(1);
        }
        return Optional.ofNullable(token);
    }
}
