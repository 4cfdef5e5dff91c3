package nl.opleidingsklimaat.survey.report;

/** How many answered an item, and how many of them at or above a value. */
public record ItemShare(long answered, long atOrAbove) {}
