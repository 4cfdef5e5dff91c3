package nl.opleidingsklimaat.coaching.intervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GroupRequest(
        @NotBlank @Size(max = 50) @Schema(example = "MUMC") String institutionCode,

        @NotBlank @Size(max = 200) @Schema(example = "Intervisie aios snijdende vakken 2026")
        String name,

        @NotNull @Schema(description = "The group's fixed coach")
        UUID coachId,

        @NotNull
        @Schema(
                description =
                        "RESIDENTS (at most 10), STUDENTS (at most 8) or SUPERVISORS (at most 10): a group is of one kind, supervisors meet apart from residents")
        ParticipantKind participantKind) {}
