package nl.opleidingsklimaat.coaching.evaluation;

import java.util.Map;

/** One answer's scores as sealed in the ballot box: nothing about the track or the person. */
public record TrackBallot(Map<String, Integer> scores) {}
