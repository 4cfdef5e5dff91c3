package nl.opleidingsklimaat.coaching.track;

import java.util.List;
import java.util.UUID;

public record ProposalView(
        UUID coachId,
        String name,
        String profile,
        List<String> expertise,
        List<String> matchingTopics,
        boolean medicalBackground,
        boolean experienceWithResidents,
        long freePlaces,
        int score) {}
