package nl.opleidingsklimaat.events.trainingevent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A training event as its organiser describes it (create or replace). Exactly one organiser: an institution or a
 * region. A one-day event gives date, startTime, endTime (and programme); an event over more than one day gives days.
 */
@Schema(name = "TrainingEventRequest")
public record TrainingEventRequest(
        @NotNull TrainingEventKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 1000) String theme,
        @Size(max = 8000) String goals,
        @Size(max = 8000) String intendedResults,

        @Size(max = 40) @Schema(description = "The institution whose COC organises the event", example = "EMC")
        String organiserInstitutionCode,

        @Size(max = 40) @Schema(description = "The region (OOR) that organises the event", example = "OOR-ZWN")
        String organiserRegionCode,

        @NotEmpty Set<@NotNull ParticipantRole> targetRoles,

        @Schema(description = "The day of a one-day event (required without days)", example = "2026-11-12")
        LocalDate date,

        @Schema(type = SchemaType.STRING, example = "13:00", description = "Required without days")
        LocalTime startTime,

        @Schema(type = SchemaType.STRING, example = "17:00", description = "Required without days")
        LocalTime endTime,

        @NotNull EventMode mode,
        @Size(max = 300) String location,

        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https link")
        String onlineLink,

        @NotNull
        @Positive
        @Max(5000)
        @Schema(description = "All places; of a hybrid event, on site and online together", example = "200")
        Integer capacity,

        @PositiveOrZero
        @Max(5000)
        @Schema(
                description =
                        "Only for a hybrid event: how many of the places are online; the rest are on site, at most 75. "
                                + "Without it all places are on site",
                example = "125")
        Integer onlineCapacity,

        @Schema(description = "Registration closes at this moment; without it, at the end of the event's day")
        OffsetDateTime registrationDeadline,

        @Size(max = 30) List<@NotBlank @Size(max = 200) String> speakers,
        @Size(max = 30) List<@NotBlank @Size(max = 500) String> studyMaterial,
        @PositiveOrZero @Max(100000) BigDecimal costEuros,
        @Size(max = 10) List<@NotNull @Valid CompetenceShare> competences,

        @Size(max = 60)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "\\d{1,2}\\.\\d{1,2}",
                                message = "must be a competence-profile item such as 2.3")
                        String>
                competenceProfileItems,

        @Size(max = 60) @Schema(description = "The programme of a one-day event (use days for more than one day)")
        List<@NotNull @Valid ProgrammeItem> programme,

        @Size(min = 1, max = 14)
        @Schema(
                description =
                        "An event over more than one day (a two-day congress): its days in date order, each with its own "
                                + "session and programme. Instead of date, startTime, endTime and programme, which must then be left out")
        List<@NotNull @Valid EventDay> days) {}
