package nl.opleidingsklimaat.quality.assessment;

public enum EvidenceKind {
    MINUTES,
    PLAN,
    SURVEY_REPORT,
    ATTENDANCE,
    COACHING,
    AUDIT,
    POLICY,
    OTHER
}
