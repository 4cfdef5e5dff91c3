package nl.opleidingsklimaat.events.mail;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.IntStream;

/**
 * The calendar invitation (iCalendar, RFC 5545, written by biweekly) attached to a confirmation: the event in the
 * service's zone with its VTIMEZONE (built from Java's time-zone rules, so no download), the place or the online link,
 * and the organiser. {@code METHOD:PUBLISH}: it adds the event to the calendar without asking for a reply (replies
 * would go to an address nobody reads).
 */
public final class CalendarInvitation {
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    public static final String FILE_NAME = "uitnodiging.ics";

    private CalendarInvitation() {}

    /**
     * @param uid stable per registration, so a calendar that gets the invitation twice keeps one event
     * @param sessions one per day of the event: an event over more than one day is one calendar event per day (the
     *     evenings between its days are no part of it)
     * @param from the mails' sender address, the organiser's calendar address
     */
    public static String ics(
            String uid,
            String title,
            List<CalendarSession> sessions,
            ZoneId zone,
            String location,
            String onlineLink,
            String organiser,
            String from,
            String description) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Opleidingsklimaat//event-service//NL");
        calendar.setMethod(Method.publish());
        for (int day = 0; day < sessions.size(); day++) {
            CalendarSession session = sessions.get(day);
            VEvent event = new VEvent();
            event.setUid(day == 0 ? uid : uid.replaceFirst("@", "-day" + (day + 1) + "@"));
            event.setSummary(sessions.size() == 1 ? title : title + " (dag " + (day + 1) + ")");
            event.setDateStart(Date.from(session.start().atZone(zone).toInstant()), true);
            event.setDateEnd(Date.from(session.end().atZone(zone).toInstant()), true);
            event.setLocation(location);
            if (onlineLink != null) {
                event.setUrl(onlineLink);
            }
            event.setOrganizer(new Organizer(organiser, from));
            event.setDescription(description);
            calendar.addEvent(event);
        }
        calendar.getTimezoneInfo()
                .setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), timezone(zone)));
        return Biweekly.write(calendar).go();
    }

    /** The zone's current rules as a VTIMEZONE: one observance per yearly transition, or one fixed offset. */
    static VTimezone timezone(ZoneId zone) {
        VTimezone component = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(Instant.now());
            StandardTime fixed = new StandardTime();
            fixed.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            fixed.setTimezoneOffsetFrom(offset(offset));
            fixed.setTimezoneOffsetTo(offset(offset));
            component.addStandardTime(fixed);
            return component;
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            boolean daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
            Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
            LocalDateTime first = rule.createTransition(1970).getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(
                    first.getYear(),
                    first.getMonthValue(),
                    first.getDayOfMonth(),
                    first.getHour(),
                    first.getMinute(),
                    first.getSecond(),
                    false));
            observance.setTimezoneOffsetFrom(offset(rule.getOffsetBefore()));
            observance.setTimezoneOffsetTo(offset(rule.getOffsetAfter()));
            observance.setRecurrenceRule(yearly(rule));
            if (daylight) {
                component.addDaylightSavingsTime((DaylightSavingsTime) observance);
            } else {
                component.addStandardTime((StandardTime) observance);
            }
        }
        return component;
    }

    /**
     * "The Sunday on or after the 25th of March" (Java's rule for the last Sunday of March) is BYMONTH=3;BYDAY=-1SU, as
     * calendars expect; a rule of another shape is written as BYDAY=SU;BYMONTHDAY=25,...,31.
     */
    private static Recurrence yearly(ZoneOffsetTransitionRule rule) {
        Recurrence.Builder yearly =
                new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return yearly.byMonthDay(day).build();
        }
        biweekly.util.DayOfWeek weekday =
                biweekly.util.DayOfWeek.valueOf(rule.getDayOfWeek().name());
        if (day > 0 && day + 6 == rule.getMonth().maxLength()) {
            return yearly.byDay(-1, weekday).build(); // the last one of the month
        }
        if (day > 0 && (day - 1) % 7 == 0) {
            return yearly.byDay((day - 1) / 7 + 1, weekday).build(); // the first, second, ... of the month
        }
        yearly.byDay(weekday);
        // a negative indicator counts back from the month's end: -1 is "on or before the last day"
        IntStream days = day > 0
                ? IntStream.range(day, day + 7).filter(d -> d <= 31)
                : IntStream.range(0, 7).map(i -> day - i);
        return yearly.byMonthDay(days.boxed().toList()).build();
    }

    private static UtcOffset offset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
