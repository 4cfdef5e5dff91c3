package nl.opleidingsklimaat.quality.dashboard;

public enum GapKind {
    REPORT_WITHHELD,
    NO_REPORT,
    NO_IMPROVEMENT_PLAN,
    OVERDUE_ACTIONS,
    REGION_TASKS_OPEN
}
