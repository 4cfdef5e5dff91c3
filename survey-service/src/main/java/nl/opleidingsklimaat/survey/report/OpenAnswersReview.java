package nl.opleidingsklimaat.survey.report;

/** Whether the COC has reviewed a programme's open answers, which the programme side reads only afterwards. */
public enum OpenAnswersReview {
    AWAITING_COC_REVIEW,
    REVIEWED
}
