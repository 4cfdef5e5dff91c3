package nl.opleidingsklimaat.quality.access;

import java.util.Map;

/** A JPQL boolean expression with its named parameters. */
public record ScopeCondition(String jpql, Map<String, Object> parameters) {}
