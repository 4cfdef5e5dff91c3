package nl.opleidingsklimaat.quality.dashboard;

public enum ReportState {
    RELEASED,
    WITHHELD,
    NONE
}
