package nl.opleidingsklimaat.events.mail;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.testsupport.Mailbox;

/** Registrations with an address, the mails they get, and the outbox rows behind them. */
final class MailFixtures {
    private static final Pattern PAGE_LINK = Pattern.compile("https?://[^/\\s]+(/registration/[A-Za-z0-9_-]{43})");

    private MailFixtures() {}

    static String address(String who) {
        return Fixtures.unique(who).toLowerCase() + "@ziekenhuis.nl";
    }

    static Map<String, Object> registration(Fixtures.Organisation org, String name, String email) {
        Map<String, Object> body = Fixtures.registration(org, name);
        body.put("email", email);
        return body;
    }

    /** Waits (bounded) until the address has received a mail whose subject starts so, and returns it. */
    static MimeMessage awaitMail(String address, String subjectStart) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> withSubject(address, subjectStart), list -> !list.isEmpty())
                .get(0);
    }

    static List<MimeMessage> withSubject(String address, String subjectStart) {
        return Mailbox.to(address).stream()
                .filter(m -> Mailbox.subject(m).startsWith(subjectStart))
                .toList();
    }

    /** The outbox rows of the registration, as (mail, outcome) pairs; outcome null while still to send. */
    static List<QueuedMail> queued(String registrationId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> QueuedMail.<QueuedMail>list(
                        "registrationId = ?1 order by createdAt", UUID.fromString(registrationId)));
    }

    /** Waits (bounded) until every outbox row of the registration is settled: sent, or not to be sent. */
    static List<QueuedMail> awaitSettled(String registrationId) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> queued(registrationId), rows -> rows.stream().allMatch(r -> r.doneAt != null));
    }

    /** The path of the personal page link in a mail's text ("/registration/..."). */
    static String pageLinkPath(String text) {
        Matcher link = PAGE_LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("The mail has no personal page link");
        }
        return link.group(1);
    }
}
