package nl.opleidingsklimaat.quality.framework;

import java.util.UUID;

/** A task line of the matrix: the framework item and the cell it sits in. */
public record FrameworkTask(UUID itemId, String actorCode, String domainCode, int position) {}
