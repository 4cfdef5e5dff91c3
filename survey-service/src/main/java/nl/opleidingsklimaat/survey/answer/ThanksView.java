package nl.opleidingsklimaat.survey.answer;

/**
 * The thank-you page after a submit; for the wellbeing thermometer with the resident's own result and where to get
 * help (null otherwise, or when the result was already shown once).
 */
public record ThanksView(PageLanguage language, SubmitResult.WellbeingResult ownResult) {}
