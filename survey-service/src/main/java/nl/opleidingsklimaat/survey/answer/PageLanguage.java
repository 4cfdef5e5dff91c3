package nl.opleidingsklimaat.survey.answer;

import java.util.Locale;

/** The languages of the resident's pages: Dutch unless English is asked for ({@code ?lang=en} or the browser's). */
public enum PageLanguage {
    NL,
    EN;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** The language the other switch link offers. */
    public PageLanguage other() {
        return this == NL ? EN : NL;
    }

    /**
     * The asked language, else Dutch. The browser's languages are not followed: many Dutch residents run an English
     * browser, and the questionnaire is Dutch unless they ask (see the README).
     */
    public static PageLanguage of(PageLanguage asked) {
        return asked == null ? NL : asked;
    }
}
