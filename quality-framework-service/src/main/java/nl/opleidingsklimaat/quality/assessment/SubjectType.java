package nl.opleidingsklimaat.quality.assessment;

/** What an assessment or improvement plan is about; each subject type is assessed on its own actors of the framework. */
public enum SubjectType {
    PROGRAMME,
    INSTITUTION,
    CLUSTER,
    REGION
}
