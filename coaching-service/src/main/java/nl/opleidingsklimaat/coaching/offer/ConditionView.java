package nl.opleidingsklimaat.coaching.offer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ConditionView(
        @Schema(example = "independent-coach") String code,

        @Schema(example = "Onafhankelijke begeleider / gesprekspartner / coach")
        String text,

        @Schema(description = "A preferred condition (\"bij voorkeur\") is advice, not a requirement")
        boolean preferred) {}
