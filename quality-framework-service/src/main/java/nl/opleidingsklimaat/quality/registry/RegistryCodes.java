package nl.opleidingsklimaat.quality.registry;

/** Codes of the organisation registry are stable ids: upper case, digits and dashes. */
public final class RegistryCodes {
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final String CODE_MESSAGE =
            "must be 2-40 upper-case letters, digits or dashes, starting with a letter or digit";

    private RegistryCodes() {}
}
