package nl.opleidingsklimaat.quality.framework;

import java.util.List;

/** The whole matrix: one row per actor, one cell per domain. */
public record Matrix(Summary framework, List<DomainView> domains, List<ActorRow> actors) {}
