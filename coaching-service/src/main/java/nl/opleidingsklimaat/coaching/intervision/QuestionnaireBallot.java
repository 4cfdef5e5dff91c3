package nl.opleidingsklimaat.coaching.intervision;

import java.util.Map;

/** One member's scores of one phase, as sealed in the ballot box: nothing about who gave them. */
public record QuestionnaireBallot(Map<String, Integer> scores) {}
