package nl.opleidingsklimaat.quality.framework;

import java.util.List;

public record CellView(String actorCode, String domainCode, List<ItemView> tasks, List<ItemView> evidenceExamples) {}
