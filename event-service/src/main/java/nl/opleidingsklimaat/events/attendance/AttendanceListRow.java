package nl.opleidingsklimaat.events.attendance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.platform.csv.CsvCells;

/**
 * One line of the attendance list for the accreditation body. Every text cell goes through {@link CsvCells#text}: a
 * registrant chooses their own name, and a name such as {@code =HYPERLINK(...)} must not run in the organiser's
 * spreadsheet.
 */
@JsonPropertyOrder({"name", "bigNumber", "points", "attendance"})
public record AttendanceListRow(String name, String bigNumber, BigDecimal points, String attendance) {

    static AttendanceListRow of(Registration attendee) {
        return new AttendanceListRow(
                CsvCells.text(attendee.name),
                attendee.bigNumber == null ? "" : CsvCells.text(attendee.bigNumber),
                attendee.points,
                attendee.attendedAs == null ? "" : attendee.attendedAs.code());
    }
}
