package nl.opleidingsklimaat.events.mail;

import java.time.LocalDateTime;

/** One day's session of an event on the clock, as a calendar invitation holds it. */
public record CalendarSession(LocalDateTime start, LocalDateTime end) {}
