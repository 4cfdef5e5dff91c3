package nl.opleidingsklimaat.events.trainingevent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.List;

/**
 * The Dutch accreditation rule: one point per hour of net teaching time (breaks and intermezzi excluded), rounded
 * down to half hours. A participant who attended part of the event earns the points of the teaching time attended.
 */
public final class Accreditation {
    private static final int HALF_HOUR = 30;

    private Accreditation() {}

    public static int netTeachingMinutes(List<ScheduledItem> programme) {
        return programme.stream()
                .filter(s -> s.item().format().isTeachingTime())
                .mapToInt(s -> s.item().minutes())
                .sum();
    }

    public static BigDecimal points(int teachingMinutes) {
        int halfHours = teachingMinutes / HALF_HOUR;
        return BigDecimal.valueOf(halfHours).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    /**
     * An attendee's points when the accreditation body accredited the event for other points than computed: their
     * computed points scaled by accredited / computed, rounded down to half points (a full attendee earns exactly the
     * accredited points, one who attended half the teaching time about half). When the event's computed points are 0
     * there is nothing to scale: an attendee earns the accredited points.
     */
    public static BigDecimal scaled(BigDecimal earned, BigDecimal computed, BigDecimal accredited) {
        if (computed.signum() == 0) {
            return accredited.setScale(1, RoundingMode.UNNECESSARY);
        }
        BigDecimal halves =
                earned.multiply(accredited).multiply(BigDecimal.valueOf(2)).divide(computed, 0, RoundingMode.FLOOR);
        return halves.divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY).min(accredited);
    }

    /** Teaching minutes that fall inside [from, to): the overlap of the attendance with every teaching item. */
    public static int attendedTeachingMinutes(List<ScheduledItem> programme, LocalTime from, LocalTime to) {
        int minutes = 0;
        for (ScheduledItem s : programme) {
            if (!s.item().format().isTeachingTime()) {
                continue;
            }
            LocalTime start = s.start().isAfter(from) ? s.start() : from;
            LocalTime end = s.end().isBefore(to) ? s.end() : to;
            if (end.isAfter(start)) {
                minutes += (int) java.time.Duration.between(start, end).toMinutes();
            }
        }
        return minutes;
    }
}
