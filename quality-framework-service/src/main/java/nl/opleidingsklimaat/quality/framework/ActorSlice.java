package nl.opleidingsklimaat.quality.framework;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ActorSlice(
        Summary framework,

        @Schema(
                description = "The source's own words: the tasks and examples are not exhaustive (niet uitputtend)",
                example = "De taken en voorbeelden in de tabellen zijn niet uitputtend; ...")
        String disclaimer,

        ActorRow actor) {}
