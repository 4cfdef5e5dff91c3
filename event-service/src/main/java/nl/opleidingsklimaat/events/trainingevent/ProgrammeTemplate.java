package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ready-made event description taken from a reference document (src/main/resources/reference/programme-templates.json),
 * for organisers to start from.
 */
@Schema(name = "ProgrammeTemplate")
public record ProgrammeTemplate(
        String code,
        String source,
        TrainingEventKind kind,
        String title,
        String theme,
        String goals,
        String intendedResults,
        List<ParticipantRole> targetRoles,

        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "13:00")
        LocalTime startTime,

        @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "17:00")
        LocalTime endTime,

        String expectedParticipants,
        int capacity,
        List<String> speakers,
        List<String> studyMaterial,
        BigDecimal costEuros,

        @Schema(description = "The points the source document states; the service computes its own from the programme")
        BigDecimal referencePoints,

        List<CompetenceShare> competences,
        List<String> competenceProfileItems,
        List<ProgrammeItem> programme) {}
