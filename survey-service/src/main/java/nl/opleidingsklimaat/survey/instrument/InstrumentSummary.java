package nl.opleidingsklimaat.survey.instrument;

import java.time.OffsetDateTime;

/** One published instrument version in a list. */
public record InstrumentSummary(
        String code, String version, String name, InstrumentKind kind, OffsetDateTime publishedAt) {}
