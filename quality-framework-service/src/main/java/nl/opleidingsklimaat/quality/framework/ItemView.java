package nl.opleidingsklimaat.quality.framework;

import java.util.List;
import java.util.UUID;

public record ItemView(UUID id, int position, String text, List<String> details) {}
