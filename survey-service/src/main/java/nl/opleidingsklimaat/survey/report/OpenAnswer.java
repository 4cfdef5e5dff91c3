package nl.opleidingsklimaat.survey.report;

import java.util.UUID;

/** An open answer with its opaque id (a hash of its row's key: it names neither the response nor the respondent). */
public record OpenAnswer(UUID id, String item, String domain, int position, String text) {}
