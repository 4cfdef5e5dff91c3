package nl.opleidingsklimaat.survey.answer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.instrument.InstrumentDefinition;
import nl.opleidingsklimaat.survey.instrument.InstrumentItem;
import nl.opleidingsklimaat.survey.instrument.InstrumentKind;

/** What answering needs of an instrument version: its items by code and its wellbeing rules. Read-only. */
record AnswerForm(
        UUID instrumentId,
        InstrumentKind kind,
        String helpText,
        Map<String, InstrumentItem> items,
        List<Instrument.SignalRule> signalRules,
        Map<String, InstrumentDefinition.Translation> translations) {}
