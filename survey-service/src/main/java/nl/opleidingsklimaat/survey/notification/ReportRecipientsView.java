package nl.opleidingsklimaat.survey.notification;

import java.util.List;

/** Where the institution's COC and its programmes' directors hear that reports are ready. */
public record ReportRecipientsView(String institutionCode, String cocMailbox, List<DirectorAddressRow> directors) {}
