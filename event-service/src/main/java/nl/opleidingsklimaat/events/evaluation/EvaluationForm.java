package nl.opleidingsklimaat.events.evaluation;

/**
 * The evaluation form as the attendee filled it in, kept to show again with what is wrong next to each field. The
 * service checks the same rules again ({@link EvaluationRequest}).
 */
public record EvaluationForm(
        String overall,
        String relevance,
        String takeHome,
        String overallError,
        String relevanceError,
        String takeHomeError) {
    static final int MOST_TAKE_HOME_CHARACTERS = 1000;

    static EvaluationForm empty() {
        return new EvaluationForm("", "", "", null, null, null);
    }

    static EvaluationForm of(String overall, String relevance, String takeHome) {
        String text = takeHome == null ? "" : takeHome;
        return new EvaluationForm(
                overall == null ? "" : overall,
                relevance == null ? "" : relevance,
                text,
                rating(overall) == null ? "Kies hoe je de bijeenkomst als geheel waardeert." : null,
                rating(relevance) == null ? "Kies hoe bruikbaar de bijeenkomst is voor je eigen praktijk." : null,
                text.strip().length() > MOST_TAKE_HOME_CHARACTERS
                        ? "Houd je take-home message korter dan " + MOST_TAKE_HOME_CHARACTERS + " tekens."
                        : null);
    }

    public boolean valid() {
        return overallError == null && relevanceError == null && takeHomeError == null;
    }

    public boolean hasError() {
        return !valid();
    }

    /** Whether the rating field {@code field} ("overall" or "relevance") holds {@code value}, to keep it checked. */
    public boolean chosen(String field, int value) {
        return String.valueOf(value).equals(field.equals("overall") ? overall : relevance);
    }

    EvaluationRequest request() {
        return new EvaluationRequest(rating(overall), rating(relevance), takeHome.isBlank() ? null : takeHome.strip());
    }

    private static Integer rating(String value) {
        if (value == null || !value.matches("[1-5]")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
