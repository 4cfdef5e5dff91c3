package nl.opleidingsklimaat.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real SMTP receiver (GreenMail) on a free port, which the service's mailer sends to in the tests; it can be stopped
 * and started again on the same port (SMTP briefly away).
 */
public class Mailbox implements QuarkusTestResourceLifecycleManager {
    private static GreenMail server;
    private static int port;

    @Override
    public Map<String, String> start() {
        if (port == 0) {
            port = freePort();
        }
        startServer();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        stopServer();
    }

    /** SMTP goes away: nothing is received until {@link #startServer}. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** SMTP is back, on the same port (with an empty mailbox). */
    public static synchronized void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
    }

    /** Every mail received so far for this address. */
    public static synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain", null).map(Mailbox::content).orElseThrow();
    }

    /** The HTML body. */
    public static String html(MimeMessage message) {
        return part(message, "text/html", null).map(Mailbox::content).orElseThrow();
    }

    /** The attachment of that file name. */
    public static Optional<Part> attachment(MimeMessage message, String fileName) {
        return part(message, null, fileName);
    }

    public static String contentType(Part part) {
        try {
            return part.getContentType();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(Part part) {
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(Part part) {
        try {
            Object content = part.getContent();
            return content instanceof String s ? s : new String(bytes(part), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Part> part(Part part, String type, String fileName) {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<Part> found = part(child, type, fileName);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            boolean matches = fileName != null
                    ? fileName.equals(part.getFileName())
                    : part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
            return matches ? Optional.of(part) : Optional.empty();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
