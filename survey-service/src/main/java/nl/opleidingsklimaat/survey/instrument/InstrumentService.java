package nl.opleidingsklimaat.survey.instrument;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opleidingsklimaat.platform.paging.Page;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.survey.instrument.InstrumentDefinition.DomainDefinition;
import nl.opleidingsklimaat.survey.instrument.InstrumentDefinition.ItemDefinition;
import nl.opleidingsklimaat.survey.instrument.InstrumentDefinition.ReportRules;
import nl.opleidingsklimaat.survey.instrument.InstrumentDefinition.SignalRuleDefinition;

/** Publishes instrument versions (import) and reads them back. A published version is immutable. */
@ApplicationScoped
public class InstrumentService {

    @Transactional
    public void publish(InstrumentDefinition definition) {
        checkConsistency(definition);
        if (Instrument.findVersion(definition.code(), definition.version()).isPresent()) {
            throw ProblemException.conflict(
                    "Instrument %s version %s is already published; publish a new version instead",
                    definition.code(), definition.version());
        }
        Instrument instrument = new Instrument();
        instrument.id = UUID.randomUUID();
        instrument.code = definition.code();
        instrument.version = definition.version();
        instrument.name = definition.name();
        instrument.kind = definition.kind();
        instrument.description = definition.description();
        instrument.strengthAtLeast = definition.reportRules().strengthAtLeast();
        instrument.attentionBelow = definition.reportRules().attentionBelow();
        instrument.regionGap = definition.reportRules().regionGap();
        instrument.helpText = definition.helpText();
        instrument.translations = new HashMap<>(definition.translationsOrEmpty());
        int position = 0;
        for (DomainDefinition d : definition.domains()) {
            Instrument.Domain domain = new Instrument.Domain();
            domain.code = d.code();
            domain.name = d.name();
            domain.position = position++;
            instrument.domains.add(domain);
        }
        for (SignalRuleDefinition r : definition.signalRulesOrEmpty()) {
            Instrument.SignalRule rule = new Instrument.SignalRule();
            rule.indicator = r.indicator();
            rule.itemCode = r.itemCode();
            rule.atOrAbove = r.atOrAbove();
            rule.minShare = r.minShare();
            rule.advice = r.advice();
            instrument.signalRules.add(rule);
        }
        instrument.persist();
        instrument.flush();
        position = 0;
        for (ItemDefinition i : definition.items()) {
            InstrumentItem item = new InstrumentItem();
            item.id = UUID.randomUUID();
            item.instrumentId = instrument.id;
            item.code = i.code();
            item.domainCode = i.domain();
            item.position = position++;
            item.text = i.text();
            item.scale = i.scale();
            item.scaleMin = i.scale().min();
            item.scaleMax = i.scale().max();
            item.notApplicableAllowed = i.notApplicableAllowed();
            item.higherIsBetter = i.higherIsBetter();
            item.required = i.required();
            item.maxLength = i.scale() == Scale.OPEN_TEXT
                    ? (i.maxLength() == null ? InstrumentItem.DEFAULT_MAX_LENGTH : i.maxLength())
                    : null;
            item.persist();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code, String version) {
        return Instrument.findVersion(code, version).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentSummary> list(String code, PageRequest page) {
        PanacheQuery<Instrument> query = code == null
                ? Instrument.find("order by code, version")
                : Instrument.find("code = ?1 order by version", code);
        return Page.of(
                query, page, (Instrument i) -> new InstrumentSummary(i.code, i.version, i.name, i.kind, i.publishedAt));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentDefinition definition(String code, String version) {
        Instrument instrument = Instrument.findVersion(code, version)
                .orElseThrow(() -> ProblemException.notFound("Instrument %s version %s not found", code, version));
        return toDefinition(instrument);
    }

    static InstrumentDefinition toDefinition(Instrument instrument) {
        List<DomainDefinition> domains = instrument.domains.stream()
                .map(d -> new DomainDefinition(d.code, d.name))
                .toList();
        List<ItemDefinition> items = InstrumentItem.of(instrument.id).stream()
                .map(i -> new ItemDefinition(
                        i.code,
                        i.domainCode,
                        i.text,
                        i.scale,
                        i.notApplicableAllowed,
                        i.higherIsBetter,
                        i.required,
                        i.maxLength))
                .toList();
        List<SignalRuleDefinition> rules = instrument.signalRules.stream()
                .map(r -> new SignalRuleDefinition(r.indicator, r.itemCode, r.atOrAbove, r.minShare, r.advice))
                .toList();
        return new InstrumentDefinition(
                instrument.code,
                instrument.version,
                instrument.name,
                instrument.kind,
                instrument.description,
                new ReportRules(instrument.strengthAtLeast, instrument.attentionBelow, instrument.regionGap),
                instrument.helpText,
                domains,
                items,
                rules,
                Map.copyOf(instrument.translations));
    }

    private static void unknownKeys(
            Map<String, String> texts, Set<String> known, String path, List<Problem.Violation> violations) {
        if (texts != null) {
            texts.keySet().stream()
                    .filter(key -> !known.contains(key))
                    .sorted()
                    .forEach(key ->
                            violations.add(new Problem.Violation(path + "." + key, "not a code of this instrument")));
        }
    }

    /** The rules Bean Validation cannot see: unique codes, items in known domains, signal rules on numeric items. */
    private static void checkConsistency(InstrumentDefinition definition) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> domains = new HashSet<>();
        for (int i = 0; i < definition.domains().size(); i++) {
            if (!domains.add(definition.domains().get(i).code())) {
                violations.add(new Problem.Violation("domains[%d].code".formatted(i), "duplicate domain code"));
            }
        }
        Set<String> numericItems = new HashSet<>();
        Set<String> items = new HashSet<>();
        for (int i = 0; i < definition.items().size(); i++) {
            ItemDefinition item = definition.items().get(i);
            String path = "items[%d]".formatted(i);
            if (!items.add(item.code())) {
                violations.add(new Problem.Violation(path + ".code", "duplicate item code"));
            }
            if (!domains.contains(item.domain())) {
                violations.add(new Problem.Violation(path + ".domain", "unknown domain " + item.domain()));
            }
            if (item.notApplicableAllowed() && item.scale() != Scale.LIKERT_5) {
                violations.add(new Problem.Violation(
                        path + ".notApplicableAllowed", "only a LIKERT_5 item may allow 'niet van toepassing'"));
            }
            if (item.maxLength() != null && item.scale() != Scale.OPEN_TEXT) {
                violations.add(
                        new Problem.Violation(path + ".maxLength", "only an OPEN_TEXT item has a maximum length"));
            }
            if (item.scale().numeric()) {
                numericItems.add(item.code());
            }
        }
        List<SignalRuleDefinition> rules = definition.signalRulesOrEmpty();
        Set<String> indicators = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            SignalRuleDefinition rule = rules.get(i);
            String path = "signalRules[%d]".formatted(i);
            if (!indicators.add(rule.indicator())) {
                violations.add(new Problem.Violation(path + ".indicator", "duplicate indicator"));
            }
            if (!numericItems.contains(rule.itemCode())) {
                violations.add(new Problem.Violation(path + ".itemCode", "not a numeric item of this instrument"));
            } else {
                Scale scale = definition.items().stream()
                        .filter(it -> it.code().equals(rule.itemCode()))
                        .findFirst()
                        .orElseThrow()
                        .scale();
                if (rule.atOrAbove() < scale.min() || rule.atOrAbove() > scale.max()) {
                    violations.add(new Problem.Violation(path + ".atOrAbove", "outside the item's scale"));
                }
            }
        }
        definition.translationsOrEmpty().forEach((language, translation) -> {
            String path = "translations." + language;
            if (language.equals("nl")) {
                violations.add(new Problem.Violation(path, "the instrument's own texts are the Dutch ones"));
            }
            unknownKeys(translation.domains(), domains, path + ".domains", violations);
            unknownKeys(translation.items(), items, path + ".items", violations);
            unknownKeys(translation.advice(), indicators, path + ".advice", violations);
        });
        ReportRules reportRules = definition.reportRules();
        if (reportRules.attentionBelow().compareTo(reportRules.strengthAtLeast()) > 0) {
            violations.add(new Problem.Violation("reportRules.attentionBelow", "must not be above strengthAtLeast"));
        }
        if (definition.kind() == InstrumentKind.WELLBEING && rules.isEmpty()) {
            violations.add(
                    new Problem.Violation("signalRules", "a wellbeing instrument needs at least one signal rule"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
