package nl.opleidingsklimaat.contracts.trainingevents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training event was published. Subject {@code training-event/<id>}. */
public record TrainingEventPublished(
        UUID eventId,
        String kind,
        String title,
        String organiserInstitutionCode,
        String organiserRegionCode,
        LocalDate date,
        BigDecimal points,
        List<CompetenceWeight> competences) {}
