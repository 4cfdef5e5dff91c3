package nl.opleidingsklimaat.coaching.track;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TrackRequest(
        @NotBlank @Size(max = 50) @Schema(example = "LUMC-INT")
        String programmeCode,

        @NotBlank @Size(max = 50) @Schema(description = "An offer type run as a track", example = "coaching")
        String offerTypeCode,

        @NotBlank
        @Size(max = 4000)
        @Schema(
                description = "Confidential: only the resident and the coach can read it",
                example = "Ik wil beter leren omgaan met werkdruk en grenzen stellen.")
        String reason,

        @Size(max = 10)
        @Schema(
                description = "What the coach should know about, matched against expertise",
                example = "[\"werkdruk\", \"loopbaan\"]")
        List<@NotBlank @Size(max = 60) String> topics,

        @Schema(description = "Prefer a coach who knows the medical world")
        Boolean medicalBackgroundPreferred,

        @Schema(description = "Let the programme director know about the track (default: no)")
        Boolean shareWithDirector) {}
