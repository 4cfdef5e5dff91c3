package nl.opleidingsklimaat.events.trainingevent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/** Reads query-parameter filters. An enum filter is read from a query parameter by its JSON code (e.g. {@code deepening-day}); an unknown code is a 400 naming the choices. */
public final class QueryCodes {
    private QueryCodes() {}

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField(
                        parameter,
                        "must be one of "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(e -> e.name()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '-'))
                                        .toList()));
    }

    /** Reads a date filter (ISO, e.g. {@code 2026-09-01}); a malformed date is a 400 naming the parameter. */
    public static LocalDate date(String value, String parameter) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "must be a date such as 2026-09-01");
        }
    }
}
