package nl.opleidingsklimaat.survey.notification;

/** One mail about reports, ready to send. */
record ReportMail(String to, String subject, String text) {}
