package nl.opleidingsklimaat.survey.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.instrument.InstrumentItem;

/**
 * The answer form of each instrument version, read once: a published version never changes (an import of the same
 * version is refused), so every submit can validate against memory instead of reading the item bank again.
 */
@ApplicationScoped
public class AnswerForms {
    private final Map<UUID, AnswerForm> forms = new ConcurrentHashMap<>();

    AnswerForm of(UUID instrumentId) {
        AnswerForm form = forms.get(instrumentId);
        if (form == null) {
            form = load(instrumentId);
            forms.put(instrumentId, form);
        }
        return form;
    }

    /** The form of an instrument that may not exist (an id that came back from a resident's browser). */
    Optional<AnswerForm> find(UUID instrumentId) {
        AnswerForm form = forms.get(instrumentId);
        if (form != null) {
            return Optional.of(form);
        }
        return exists(instrumentId) ? Optional.of(of(instrumentId)) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean exists(UUID instrumentId) {
        return Instrument.count("id", instrumentId) == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    AnswerForm load(UUID instrumentId) {
        Instrument instrument = Instrument.findById(instrumentId);
        Map<String, InstrumentItem> items = new LinkedHashMap<>();
        InstrumentItem.of(instrumentId).forEach(item -> items.put(item.code, item));
        return new AnswerForm(
                instrumentId,
                instrument.kind,
                instrument.helpText,
                Map.copyOf(items),
                List.copyOf(instrument.signalRules),
                Map.copyOf(instrument.translations));
    }
}
