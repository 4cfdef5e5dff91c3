package nl.opleidingsklimaat.events.evaluation;

/** One attendee's evaluation while it waits, sealed, in the event's ballot box: the answers and nothing about who gave them. */
record EvaluationBallot(int overall, int relevance, String takeHome) {}
