package nl.opleidingsklimaat.platform.problem;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id that ties a request's log lines to the problem the caller sees; taken from the caller when sane. */
@RequestScoped
public class CorrelationId {
    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private String value;
    private final String requestId = UUID.randomUUID().toString();

    /**
     * The service's own id of this request, never taken from the caller: the audit log records it (with the caller's
     * correlation id only as context), so nobody can make an audit entry point at another request's log lines.
     */
    public String requestId() {
        return requestId;
    }

    public String value() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }

    void adopt(String fromCaller) {
        if (fromCaller != null && SAFE.matcher(fromCaller).matches()) {
            value = fromCaller;
        }
    }
}
