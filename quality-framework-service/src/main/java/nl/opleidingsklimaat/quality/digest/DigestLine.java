package nl.opleidingsklimaat.quality.digest;

import java.time.LocalDate;

/** One overdue action in an owner's digest. */
public record DigestLine(String what, String planTitle, String subjectCode, LocalDate dueDate, long daysOverdue) {}
