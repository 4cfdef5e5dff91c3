package nl.opleidingsklimaat.platform.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * JAX-RS answers 404 when a query parameter does not convert (an unknown enum value, a malformed UUID or date), as
 * if the resource did not exist. A filter with a bad value is bad input: these converters refuse it with a 400 that
 * names the parameter and what it accepts. Path parameters keep the 404: there is no resource at such a path.
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
            Object[] constants = rawType.getEnumConstants();
            String accepted =
                    Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return (ParamConverter<T>)
                    new Converter<>(name, "one of " + accepted, value -> Enum.valueOf((Class) rawType, value));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, "a UUID", UUID::fromString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, "an ISO-8601 date (2026-06-01)", LocalDate::parse);
        }
        return null;
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
        InvalidQueryParameter(String message) {
            super(message);
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
                throw new InvalidQueryParameter("Query parameter '" + name + "' must be " + accepted);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
