package nl.opleidingsklimaat.quality.framework;

import java.util.List;

public record DomainSlice(Summary framework, DomainView domain, List<CellView> cells) {}
