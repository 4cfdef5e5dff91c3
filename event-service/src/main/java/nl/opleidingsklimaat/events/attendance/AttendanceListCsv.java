package nl.opleidingsklimaat.events.attendance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/** Writes the attendance list as CSV with a header line (name, bigNumber, points, attendance, days). */
final class AttendanceListCsv {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA =
            CSV.schemaFor(AttendanceListRow.class).withHeader();

    private AttendanceListCsv() {}

    private static final CsvSchema REGISTER_SCHEMA =
            CSV.schemaFor(RegisterListRow.class).withHeader();

    /** The register list: event, date, activity, bigNumber, name, points. */
    static String writeRegister(List<RegisterListRow> rows) {
        try {
            return CSV.writer(REGISTER_SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the register list", e);
        }
    }

    static String write(List<AttendanceListRow> rows) {
        try {
            return CSV.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the attendance list", e);
        }
    }
}
