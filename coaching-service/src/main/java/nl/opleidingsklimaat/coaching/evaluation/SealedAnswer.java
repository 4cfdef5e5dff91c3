package nl.opleidingsklimaat.coaching.evaluation;

import nl.opleidingsklimaat.coaching.policy.Coachee;

/** Which ballot box an answer was sealed in, so that the box can be opened after the answering transaction. */
public record SealedAnswer(String institutionCode, Coachee coachee, TrackQuestionnaire questionnaire) {}
