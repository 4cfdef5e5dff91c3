package nl.opleidingsklimaat.quality.framework;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole matrix: one row per actor, one cell per domain, with the source's own words around it. */
public record Matrix(
        Summary framework,

        @Schema(
                description = "The source's own words: the tasks and examples are not exhaustive (niet uitputtend)",
                example = "De taken en voorbeelden in de tabellen zijn niet uitputtend; ...")
        String disclaimer,

        List<DomainView> domains,
        List<ActorRow> actors) {}
