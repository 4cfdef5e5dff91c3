package nl.opleidingsklimaat.survey.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what makes an open answer point at a person, so the COC sees those answers flagged before the programme side
 * reads them. Deliberately small regular expressions instead of a library (libphonenumber would add 10 MB for one
 * check): they flag, the COC decides; a missed name is the COC's to catch, and every answer is shown to them.
 */
final class IdentifyingDetails {
    static final String EMAIL_ADDRESS = "email-address";
    static final String PHONE_NUMBER = "phone-number";

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");
    /** A run of digits with the separators people type in phone numbers (06-12345678, +31 (0)71 526 9111, 071.5269111). */
    private static final Pattern PHONE_CANDIDATE =
            Pattern.compile("(?<![\\w.])(\\+|00)?\\d[\\d\\s().-]{6,}\\d(?![\\w])");

    private IdentifyingDetails() {}

    static List<String> in(String text) {
        List<String> found = new ArrayList<>(2);
        if (EMAIL.matcher(text).find()) {
            found.add(EMAIL_ADDRESS);
        }
        if (hasPhoneNumber(text)) {
            found.add(PHONE_NUMBER);
        }
        return found;
    }

    /** Dutch numbers have 10 digits (06..., 071...) and 11 with the country code; international ones up to 15. */
    private static boolean hasPhoneNumber(String text) {
        Matcher candidates = PHONE_CANDIDATE.matcher(text);
        while (candidates.find()) {
            long digits = candidates.group().chars().filter(Character::isDigit).count();
            if (digits >= 9 && digits <= 15) {
                return true;
            }
        }
        return false;
    }
}
