package nl.opleidingsklimaat.coaching.intervision;

import java.util.List;
import java.util.UUID;

public record QuestionnaireResults(UUID groupId, List<PhaseResult> phases) {}
