package nl.opleidingsklimaat.events.trainingevent;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How participants' pages and certificates write an event's kind, dates, times and figures: in Dutch. */
public final class DutchText {
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);

    private DutchText() {}

    public static String kind(TrainingEventKind kind) {
        return switch (kind) {
            case DEEPENING_DAY -> "verdiepingsdag";
            case SYMPOSIUM -> "symposium";
            case WORKSHOP -> "workshop";
            case ROUND_TABLE -> "ronde tafel";
            case TRAINING -> "training";
        };
    }

    /** "dinsdag 9 juni 2026" */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "9 juni 2026" */
    public static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** "9 juni 2026 om 14:30" */
    public static String moment(ZonedDateTime moment) {
        return SHORT_DATE.format(moment) + " om " + TIME.format(moment);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "13:00-17:00" */
    public static String times(LocalTime start, LocalTime end) {
        return time(start) + "-" + time(end);
    }

    /** A figure with a decimal comma and no trailing zeros: 3, 2,5, 6,75. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(DUTCH));
        return format.format(value);
    }
}
