package nl.opleidingsklimaat.quality.framework;

import java.util.List;

public record ActorRow(String code, String name, String role, String tasksHeading, List<CellView> cells) {}
