package nl.opleidingsklimaat.quality.assessment;

import java.util.List;

public record AssessmentDetails(AssessmentSummary assessment, List<TaskView> tasks) {}
