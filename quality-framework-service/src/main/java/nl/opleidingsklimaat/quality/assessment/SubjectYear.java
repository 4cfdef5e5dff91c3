package nl.opleidingsklimaat.quality.assessment;

import nl.opleidingsklimaat.quality.access.SubjectRef;

/** A subject's assessment of one year, as an event asks for it. */
public record SubjectYear(SubjectRef subject, int year) {}
