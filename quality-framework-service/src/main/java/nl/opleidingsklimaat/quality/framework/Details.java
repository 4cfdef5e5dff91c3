package nl.opleidingsklimaat.quality.framework;

import java.util.List;

public record Details(
        Summary framework, String introduction, String disclaimer, List<DomainView> domains, List<ActorView> actors) {}
