package nl.opleidingsklimaat.survey.answer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the resident's pages, in Dutch; {@code messages/msg_en.properties} has them in English. Templates use
 * them as {@code {msg:...}} in the page's locale; the instrument's own texts (questions, themes, advice) come from the
 * instrument.
 */
@MessageBundle(locale = "nl")
public interface QuestionnaireMessages {
    @Message("Naar de inhoud")
    String skip();

    @Message("Opleidingsklimaat")
    String brand();

    @Message("English")
    String otherLanguage();

    @Message("Fout")
    String errorPrefix();

    @Message("Je kunt de vragenlijst invullen tot en met {date}.")
    String openUntil(String date);

    @Message(
            "Je antwoorden zijn anoniem: ze worden niet aan je naam of e-mailadres gekoppeld. Je opleider krijgt alleen"
                    + " een rapportage als genoeg aios van jouw opleiding hebben gereageerd, nooit de antwoorden van één"
                    + " persoon.")
    String anonymous();

    @Message("Je kunt de vragenlijst één keer versturen; daarna werkt je link niet meer.")
    String once();

    @Message("Na het versturen zie je je eigen uitkomst en waar je terecht kunt. Die uitkomst ziet alleen jij; we"
            + " bewaren hem niet.")
    String ownResultAhead();

    @Message("Vragen met \"(niet verplicht)\" mag je overslaan.")
    String optionalNote();

    @Message("Vraag {number}")
    String question(int number);

    @Message("(niet verplicht)")
    String optional();

    @Message("niet van toepassing")
    String notApplicable();

    @Message("Hoogstens {max} tekens.")
    String maxLength(int max);

    @Message("Versturen")
    String send();

    @Message("Er is iets niet goed")
    String errorTitle();

    @Message("Je antwoorden staan er nog. Verbeter wat hieronder staat en verstuur de vragenlijst opnieuw.")
    String errorIntro();

    @Message("Kies een antwoord bij deze vraag.")
    String chooseAnswer();

    @Message("Kies een van de antwoorden die er staan.")
    String chooseOffered();

    @Message("Je antwoord is te lang: hoogstens {max} tekens.")
    String tooLong(int max);

    @Message("Beantwoord deze vraag.")
    String answerText();

    @Message("{#when value}{#is 1}helemaal mee oneens{#is 2}mee oneens{#is 3}neutraal{#is 4}mee eens{#else}helemaal mee"
            + " eens{/when}")
    String likert(int value);

    @Message("{#when value}{#is 1}nooit{#is 2}soms{#is 3}regelmatig{#is 4}vaak{#else}(bijna) altijd{/when}")
    String frequency(int value);

    @Message("{#when value}{#is 0}nee{#else}ja{/when}")
    String yesNo(int value);

    @Message("Dank je wel")
    String thanksTitle();

    @Message("Je antwoorden zijn anoniem opgeslagen. Je kunt dit venster nu sluiten.")
    String thanks();

    @Message("Jouw eigen uitkomst")
    String ownResultTitle();

    @Message("Deze terugkoppeling is alleen voor jou. We bewaren haar niet en niemand anders ziet haar: als je deze"
            + " pagina verlaat of opnieuw laadt, is ze weg.")
    String ownResultPrivate();

    @Message("Je antwoorden geven geen signaal op de punten waar deze thermometer naar kijkt. Blijf goed voor jezelf"
            + " zorgen; ook zonder signaal kun je altijd terecht bij de mensen hieronder.")
    String noSignal();

    @Message("Waar kun je terecht?")
    String helpTitle();

    @Message("Deze link werkt niet")
    String unavailableTitle();

    @Message("Met deze link kun je geen vragenlijst invullen. Dat kan verschillende redenen hebben: de vragenlijst is"
            + " met deze link al ingevuld, de vragenlijst is gesloten, of de link is niet helemaal overgenomen.")
    String unavailable();

    @Message("Heb je de vragenlijst nog niet ingevuld? Kijk dan of je de hele link uit de e-mail hebt gebruikt, of"
            + " gebruik de link uit de laatste herinnering die je kreeg.")
    String unavailableWhatNow();
}
