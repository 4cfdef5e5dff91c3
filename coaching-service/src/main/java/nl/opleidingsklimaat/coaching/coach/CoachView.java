package nl.opleidingsklimaat.coaching.coach;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public record CoachView(
        UUID id,
        String reference,
        String name,
        String profile,
        List<String> expertise,
        boolean experienceWithResidents,
        boolean medicalBackground,
        List<String> institutions,
        int capacity,
        long tracksInHand,
        boolean available,
        BigDecimal sessionFee) {}
