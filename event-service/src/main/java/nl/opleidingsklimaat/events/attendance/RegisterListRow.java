package nl.opleidingsklimaat.events.attendance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import nl.opleidingsklimaat.events.registration.Registration;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import nl.opleidingsklimaat.platform.csv.CsvCells;

/**
 * One line of the register list, in the form an accreditation register takes: the event, the day, the activity, the
 * attendee's BIG number and name, and the points earned that day. Text cells go through {@link CsvCells#text}, as on
 * the attendance list.
 */
@JsonPropertyOrder({"event", "date", "activity", "bigNumber", "name", "points"})
public record RegisterListRow(
        String event, String date, String activity, String bigNumber, String name, BigDecimal points) {

    static RegisterListRow of(TrainingEvent event, AttendanceService.DayPoints day, Registration attendee) {
        return new RegisterListRow(
                event.id.toString(),
                day.date().toString(),
                CsvCells.text(event.title),
                CsvCells.text(attendee.bigNumber),
                CsvCells.text(attendee.name),
                day.points());
    }
}
