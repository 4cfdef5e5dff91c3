package nl.opleidingsklimaat.survey.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.opleidingsklimaat.platform.privacy.LinkTokens;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.survey.answer.AnswerRequest.Answer;
import nl.opleidingsklimaat.survey.campaign.AnswerWindow;
import nl.opleidingsklimaat.survey.campaign.Campaign;
import nl.opleidingsklimaat.survey.campaign.CampaignLock;
import nl.opleidingsklimaat.survey.campaign.CampaignState;
import nl.opleidingsklimaat.survey.instrument.Instrument;
import nl.opleidingsklimaat.survey.instrument.InstrumentDefinition;
import nl.opleidingsklimaat.survey.instrument.InstrumentItem;
import nl.opleidingsklimaat.survey.instrument.InstrumentKind;
import nl.opleidingsklimaat.survey.instrument.Scale;
import nl.opleidingsklimaat.survey.invitation.Invitation;
import nl.opleidingsklimaat.survey.invitation.PersonalLinks;

/**
 * Answering by personal link. The answers are sealed as a ballot in the transaction that marks the invitation used,
 * and become clear responses only at closing, all at once and shuffled ({@link ResponseBallots}); the invitation only
 * learns that it was used. Nothing on this path is logged or audited.
 */
@ApplicationScoped
public class AnswerService {
    static final String THANKS = "Dank je wel, je antwoorden zijn anoniem opgeslagen.";

    @Inject
    PersonalLinks links;

    @Inject
    CampaignLock lock;

    @Inject
    AnswerStore store;

    @Inject
    ResponseBallots ballots;

    @Inject
    AnswerForms forms;

    @Transactional
    public QuestionnaireView questionnaire(String token) {
        return opened(token, PageLanguage.NL).questionnaire();
    }

    /** What the questionnaire page shows of a link: the questionnaire and the kind of instrument. */
    record Opened(InstrumentKind kind, QuestionnaireView questionnaire) {}

    /** The questionnaire in the language asked (texts the instrument has no translation for stay Dutch). */
    @Transactional
    Opened opened(String token, PageLanguage language) {
        Invitation invitation = invitation(token);
        Campaign campaign = Campaign.findById(invitation.campaignId);
        requireOpen(campaign);
        if (invitation.used) {
            throw alreadyUsed();
        }
        Instrument instrument = campaign.instrument();
        InstrumentDefinition.Translation texts = instrument.in(language.tag());
        List<InstrumentItem> items = InstrumentItem.of(instrument.id);
        List<QuestionnaireView.Section> sections = instrument.domains.stream()
                .map(d -> new QuestionnaireView.Section(
                        d.code,
                        texts.domain(d.code, d.name),
                        items.stream()
                                .filter(i -> i.domainCode.equals(d.code))
                                .map(i -> question(i, texts.item(i.code, i.text)))
                                .toList()))
                .filter(s -> !s.questions().isEmpty())
                .toList();
        return new Opened(
                instrument.kind,
                new QuestionnaireView(
                        campaign.name,
                        texts.name(instrument.name),
                        texts.description(instrument.description),
                        campaign.closesOn,
                        sections));
    }

    /**
     * Stores the answers exactly once, as a sealed ballot. The campaign row is share-locked so closing waits for answers
     * in flight; the conditional update of {@code used} lets exactly one of several concurrent submits win (the others
     * get 409). The thermometer's own result is computed from the request in memory.
     */
    @Transactional
    public SubmitResult submit(String token, AnswerRequest request) {
        return submitted(token, request, null).result();
    }

    /** What a submit returns to the questionnaire page: the result and the instrument it answered. */
    record Submitted(UUID instrumentId, SubmitResult result) {}

    /** {@link #submit}, telling the page also which instrument was answered (for the resident's own result). */
    @Transactional
    Submitted submitted(String token, AnswerRequest request, String submission) {
        AnswerStore.LinkedInvitation invitation = (token == null || token.length() > 100
                        ? Optional.<AnswerStore.LinkedInvitation>empty()
                        : store.invitation(PersonalLinks.hash(token)))
                .orElseThrow(() -> unknownLink());
        AnswerWindow campaign = lock.forAnswer(invitation.campaignId()).orElseThrow();
        requireOpen(campaign.state(), campaign.closesOn());
        if (invitation.used()) {
            throw alreadyUsed();
        }
        AnswerForm form = forms.of(campaign.instrumentId());
        Map<InstrumentItem, Answer> answers = validate(request, form.items());
        if (!store.markUsed(invitation.id(), submission == null ? null : LinkTokens.hash(submission))) {
            throw alreadyUsed();
        }
        ballots.seal(campaign.id(), invitation.programmeCode(), answers);
        if (form.kind() == InstrumentKind.WELLBEING) {
            return new Submitted(form.instrumentId(), new SubmitResult(THANKS, ownResult(form, values(answers))));
        }
        return new Submitted(form.instrumentId(), new SubmitResult(THANKS, null));
    }

    /**
     * Whether this link's questionnaire was stored by the page's submission with this id: the same form posted twice
     * (a double click) learns that its answers are in, while anyone else holding the link learns nothing new.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean submittedBefore(String token, String submission) {
        return token != null
                && token.length() <= 100
                && submission != null
                && store.usedBy(PersonalLinks.hash(token), LinkTokens.hash(submission));
    }

    /**
     * The thermometer's own result again, from the values of the items that gave a signal, for the thank-you page the
     * resident is sent to after submitting (the values travel in their browser only; see {@link OwnResultCookie}).
     * Empty when the instrument is unknown or no thermometer.
     */
    Optional<SubmitResult.WellbeingResult> ownResult(
            UUID instrumentId, Map<String, Integer> values, PageLanguage language) {
        return forms.find(instrumentId)
                .filter(form -> form.kind() == InstrumentKind.WELLBEING)
                .map(form -> {
                    SubmitResult.WellbeingResult dutch = ownResult(form, values);
                    InstrumentDefinition.Translation texts =
                            form.translations().getOrDefault(language.tag(), InstrumentDefinition.Translation.NONE);
                    return new SubmitResult.WellbeingResult(
                            dutch.signals().stream()
                                    .map(signal -> new SubmitResult.Signal(
                                            signal.indicator(),
                                            signal.item(),
                                            signal.yourAnswer(),
                                            texts.advice(signal.indicator(), signal.advice())))
                                    .toList(),
                            texts.helpText(dutch.whereToGetHelp()));
                });
    }

    /** Links are forgotten at closing (nothing may show afterwards who had one), so a closed campaign's link is unknown too. */
    private static ProblemException unknownLink() {
        return ProblemException.notFound("Unknown link, or its questionnaire has closed");
    }

    private static ProblemException alreadyUsed() {
        return ProblemException.conflict("This link was already used; a questionnaire can be answered once");
    }

    private Invitation invitation(String token) {
        return links.invitation(token).orElseThrow(() -> unknownLink());
    }

    private static void requireOpen(Campaign campaign) {
        requireOpen(campaign.state, campaign.closesOn);
    }

    private static void requireOpen(CampaignState state, java.time.LocalDate closesOn) {
        switch (state) {
            case OPEN -> {}
            case CLOSED, REPORTED ->
                throw ProblemException.gone("The questionnaire closed on %s; answers are no longer accepted", closesOn);
            default -> throw ProblemException.conflict("The questionnaire is not open yet");
        }
    }

    /** Checks every answer and collects every problem, so the resident can fix them all at once. */
    private static Map<InstrumentItem, Answer> validate(AnswerRequest request, Map<String, InstrumentItem> items) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<InstrumentItem, Answer> answers = new HashMap<>();
        for (int i = 0; i < request.answers().size(); i++) {
            Answer answer = request.answers().get(i);
            String path = "answers[" + i + "]"; // not String.formatted: this runs for every answer of every submit
            InstrumentItem item = items.get(answer.item());
            if (item == null) {
                violations.add(new Problem.Violation(path + ".item", "unknown item " + answer.item()));
                continue;
            }
            if (answers.putIfAbsent(item, answer) != null) {
                violations.add(new Problem.Violation(path + ".item", "item " + item.code + " is answered twice"));
                continue;
            }
            checkAnswer(item, answer, path, violations);
        }
        items.values().stream()
                .filter(item -> item.required && !answers.containsKey(item))
                .forEach(
                        item -> violations.add(new Problem.Violation("answers", "item " + item.code + " is required")));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return answers;
    }

    private static void checkAnswer(
            InstrumentItem item, Answer answer, String path, List<Problem.Violation> violations) {
        if (item.scale == Scale.OPEN_TEXT) {
            if (answer.value() != null || answer.notApplicable() != null) {
                violations.add(
                        new Problem.Violation(path, "item " + item.code + " is an open question: give a text only"));
            } else if (answer.text() == null || answer.text().isBlank()) {
                violations.add(new Problem.Violation(path + ".text", "must not be blank; leave the item out instead"));
            } else if (answer.text().length() > item.maxLength) {
                violations.add(new Problem.Violation(path + ".text", "at most " + item.maxLength + " characters"));
            }
            return;
        }
        if (answer.text() != null) {
            violations.add(new Problem.Violation(path + ".text", "item " + item.code + " takes a value, not a text"));
        }
        if (answer.isNotApplicable()) {
            if (!item.notApplicableAllowed) {
                violations.add(new Problem.Violation(
                        path + ".notApplicable", "item " + item.code + " has no 'niet van toepassing'"));
            } else if (answer.value() != null) {
                violations.add(
                        new Problem.Violation(path + ".value", "give either a value or notApplicable, not both"));
            }
        } else if (answer.value() == null) {
            violations.add(new Problem.Violation(path + ".value", "must not be null"));
        } else if (answer.value() < item.scaleMin || answer.value() > item.scaleMax) {
            violations.add(new Problem.Violation(
                    path + ".value", "must be between %d and %d".formatted(item.scaleMin, item.scaleMax)));
        }
    }

    private static Map<String, Integer> values(Map<InstrumentItem, Answer> answers) {
        Map<String, Integer> values = new HashMap<>();
        answers.forEach((item, answer) -> {
            if (answer.value() != null) {
                values.put(item.code, answer.value());
            }
        });
        return values;
    }

    private static SubmitResult.WellbeingResult ownResult(AnswerForm form, Map<String, Integer> values) {
        List<SubmitResult.Signal> signals = form.signalRules().stream()
                .filter(rule -> values.containsKey(rule.itemCode) && values.get(rule.itemCode) >= rule.atOrAbove)
                .map(rule ->
                        new SubmitResult.Signal(rule.indicator, rule.itemCode, values.get(rule.itemCode), rule.advice))
                .toList();
        return new SubmitResult.WellbeingResult(signals, form.helpText());
    }

    static QuestionnaireView.Question question(InstrumentItem item, String text) {
        List<QuestionnaireView.Option> options = item.scale.numeric()
                ? IntStream.rangeClosed(item.scaleMin, item.scaleMax)
                        .mapToObj(v -> new QuestionnaireView.Option(
                                v, item.scale.labels().get(v - item.scaleMin)))
                        .toList()
                : List.of();
        return new QuestionnaireView.Question(
                item.code, text, item.scale, options, item.notApplicableAllowed, item.required, item.maxLength);
    }
}
