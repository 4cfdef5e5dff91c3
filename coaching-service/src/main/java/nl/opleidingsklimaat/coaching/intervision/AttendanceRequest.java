package nl.opleidingsklimaat.coaching.intervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AttendanceRequest(
        @NotNull
        @Size(max = 10)
        @Schema(
                description = "References of the members present; the other members are recorded absent",
                example = "[\"res-7f3a\", \"res-91bc\"]")
        List<@NotBlank String> present) {}
