package nl.opleidingsklimaat.survey.instrument;

/** What an instrument measures; a wellbeing instrument gives the resident their own result and raises signals. */
public enum InstrumentKind {
    TRAINING_CLIMATE,
    WELLBEING
}
