package nl.opleidingsklimaat.survey.report;

/** What a review left: how many open answers, how many of them redacted, and the status the programme side sees. */
public record OpenAnswerReviewResult(long openAnswers, int redacted, OpenAnswersReview status) {}
