package nl.opleidingsklimaat.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode ({@code application/cloudevents+json}).
 *
 * @param <T> the payload record, or a JSON tree while the type is not yet known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public static <T> CloudEvent<T> of(EventType<T> type, String source, String subject, T data, OffsetDateTime time) {
        return new CloudEvent<>(
                SPEC_VERSION, UUID.randomUUID(), source, type.name(), subject, time, DATA_CONTENT_TYPE, data);
    }

    public <U> CloudEvent<U> withData(U newData) {
        return new CloudEvent<>(specversion, id, source, type, subject, time, datacontenttype, newData);
    }
}
