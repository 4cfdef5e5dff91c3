package nl.opleidingsklimaat.events.poll;

/** One participant's poll answer while it waits, sealed, in the poll's ballot box. */
record PollBallot(String answer) {}
