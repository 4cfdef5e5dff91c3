package nl.opleidingsklimaat.platform.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opleidingsklimaat.platform.problem.ProblemException;

/**
 * Reads a CSV file a person made in a spreadsheet, the same way for every import of the platform: a byte-order mark
 * is dropped, a header with semicolons and no commas (a Dutch spreadsheet) means semicolon-separated, the header must
 * name the required columns and no unknown ones, at most {@code maxRows} data lines, and every line keeps the number a
 * spreadsheet shows for it, so a problem can point at it. Whatever cannot be read is a 400 problem.
 */
public final class CsvImport {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema WITH_HEADER =
            CsvSchema.emptySchema().withHeader().withColumnReordering(true);

    /** A data line: the number a spreadsheet shows for it (the header is line 1) and its cells by column. */
    public record Line(int number, Map<String, String> cells) {
        /** The cell, trimmed; null when the column is absent or the cell blank. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    private CsvImport() {}

    public static List<Line> read(String csv, Set<String> required, Set<String> allowed, int maxRows) {
        String expected = String.join(",", allowed);
        if (csv == null || csv.isBlank()) {
            throw ProblemException.badRequest("The CSV is empty; expected a header line with %s", expected);
        }
        String content = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String header = content.lines().findFirst().orElse("");
        CsvSchema schema =
                header.contains(";") && !header.contains(",") ? WITH_HEADER.withColumnSeparator(';') : WITH_HEADER;
        List<Line> lines = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows =
                CSV.readerForMapOf(String.class).with(schema).readValues(content)) {
            while (rows.hasNextValue()) {
                int number =
                        rows.getCurrentLocation().getLineNr(); // where the line starts; a quoted cell may span lines
                Map<String, String> cells = rows.nextValue();
                if (lines.isEmpty()) {
                    checkHeader(cells.keySet(), required, allowed);
                }
                if (lines.size() == maxRows) {
                    throw ProblemException.badRequest("At most %d lines per import", maxRows);
                }
                lines.add(new Line(number, cells));
            }
            if (lines.isEmpty()) {
                checkHeader(((CsvSchema) rows.getParser().getSchema()).getColumnNames(), required, allowed);
                throw ProblemException.badRequest("The CSV has a header but no lines");
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            throw ProblemException.badRequest(
                    "The CSV cannot be read: %s",
                    e.getMessage().lines().findFirst().orElse(""));
        }
        return lines;
    }

    private static void checkHeader(Collection<String> columns, Set<String> required, Set<String> allowed) {
        Set<String> unknown = new HashSet<>(columns);
        unknown.removeAll(allowed);
        if (!unknown.isEmpty() || !columns.containsAll(required)) {
            throw ProblemException.badRequest(
                    "The CSV header must name %s (required: %s); found %s",
                    String.join(",", allowed), String.join(",", required), String.join(",", columns));
        }
    }
}
