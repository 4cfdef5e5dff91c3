package nl.opleidingsklimaat.quality.assessment;

public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    MET,
    NOT_APPLICABLE
}
