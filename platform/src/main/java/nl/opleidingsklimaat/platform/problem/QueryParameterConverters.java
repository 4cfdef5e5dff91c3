package nl.opleidingsklimaat.platform.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * JAX-RS answers 404 when a query parameter does not convert (an unknown enum value, a malformed UUID or date), as
 * if the resource did not exist. A filter with a bad value is bad input: these converters refuse it with a 400 that
 * names the parameter and what it accepts. Path parameters keep the 404: there is no resource at such a path.
 *
 * <p>An enum is read the way people write it in a URL: its JSON code ({@code deepening-day}, from
 * {@code @JsonProperty}) or its name in any case ({@code open}, {@code OPEN}); so resources take enum parameters
 * and never parse them by hand.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, (Class) rawType);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, "a UUID", UUID::fromString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, "an ISO-8601 date (2026-06-01)", LocalDate::parse);
        }
        return null;
    }

    private static <E extends Enum<E>> Converter<E> enumConverter(String name, Class<E> type) {
        Map<String, E> byCode = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            byCode.put(jsonCode(type, constant), constant);
        }
        String accepted = "one of " + String.join(", ", byCode.keySet());
        return new Converter<>(name, accepted, value -> {
            E exact = byCode.get(value);
            if (exact != null) {
                return exact;
            }
            String normalised = value.trim().replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(normalised)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(value);
        });
    }

    private static <E extends Enum<E>> String jsonCode(Class<E> type, E constant) {
        try {
            JsonProperty property = type.getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null || property.value().isEmpty() ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    private static String queryParameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    /** Thrown for a query parameter of the wrong form; the problem mapper turns it into a 400. */
    public static class InvalidQueryParameter extends BadRequestException {
        private final Problem.Violation violation;

        InvalidQueryParameter(String parameter, String accepted) {
            super("Query parameter '" + parameter + "' must be " + accepted);
            this.violation = new Problem.Violation(parameter, "must be " + accepted);
        }

        /** The parameter and what it accepts, as the problem's {@code violations} entry. */
        public Problem.Violation violation() {
            return violation;
        }
    }

    private record Converter<T>(String name, String accepted, Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidQueryParameter(name, accepted);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
