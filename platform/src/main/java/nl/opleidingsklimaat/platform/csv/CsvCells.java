package nl.opleidingsklimaat.platform.csv;

/**
 * Makes a text safe as a cell of an exported CSV file that a spreadsheet will open: a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is read as a formula (CSV injection, OWASP), so it gets a
 * leading apostrophe, which spreadsheets show as text. Quoting stays the CSV writer's job.
 */
public final class CsvCells {
    private CsvCells() {}

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
