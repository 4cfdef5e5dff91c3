package nl.opleidingsklimaat.events.trainingevent;

import java.time.LocalTime;

/** An item with the clock times the service computed for it. */
public record ScheduledItem(int index, ProgrammeItem item, LocalTime start, LocalTime end) {}
