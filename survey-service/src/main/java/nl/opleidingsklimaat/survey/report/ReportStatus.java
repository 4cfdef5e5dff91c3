package nl.opleidingsklimaat.survey.report;

/** RELEASED: at or above the threshold, the programme side may read it. WITHHELD: only the COC and the education advisor. */
public enum ReportStatus {
    RELEASED,
    WITHHELD
}
