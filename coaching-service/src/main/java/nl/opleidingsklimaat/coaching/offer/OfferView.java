package nl.opleidingsklimaat.coaching.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record OfferView(
        UUID id,
        String residentReference,
        String programmeCode,
        String institutionCode,
        String offerTypeCode,
        LocalDate offeredOn,
        boolean meetsAllConditions,
        List<ConditionView> shortfalls) {}
