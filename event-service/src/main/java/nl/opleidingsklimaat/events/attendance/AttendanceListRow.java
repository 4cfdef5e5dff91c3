package nl.opleidingsklimaat.events.attendance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** One line of the attendance list for the accreditation body. */
@JsonPropertyOrder({"name", "bigNumber", "points"})
public record AttendanceListRow(String name, String bigNumber, BigDecimal points) {
}
