package nl.opleidingsklimaat.events.attendance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import nl.opleidingsklimaat.events.registration.DayAttendance;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.platform.csv.CsvCells;

/**
 * One line of the attendance list for the accreditation body. Every text cell goes through {@link CsvCells#text}: a
 * registrant chooses their own name, and a name such as {@code =HYPERLINK(...)} must not run in the organiser's
 * spreadsheet.
 */
@JsonPropertyOrder({"name", "bigNumber", "points", "attendance", "days"})
public record AttendanceListRow(String name, String bigNumber, BigDecimal points, String attendance, String days) {

    /**
     * {@code attendance}: where the attendee took part on the first day they attended; {@code days}: the dates
     * attended, separated by spaces (one for a one-day event).
     */
    static AttendanceListRow of(Registration attendee, TrainingEvent event) {
        List<DayAttendance> days = attendee.daysAttended(event);
        return new AttendanceListRow(
                CsvCells.text(attendee.name),
                attendee.bigNumber == null ? "" : CsvCells.text(attendee.bigNumber),
                attendee.points,
                days.isEmpty() || days.get(0).attendedAs() == null
                        ? ""
                        : days.get(0).attendedAs().code(),
                String.join(" ", days.stream().map(d -> d.date().toString()).toList()));
    }
}
