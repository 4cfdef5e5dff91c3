package nl.opleidingsklimaat.survey.answer;

import java.util.List;
import java.util.UUID;

/**
 * What a sealed ballot holds: one response's programme and answers, nothing about who gave them. It is AES-GCM
 * ciphertext in the database until the campaign closes.
 */
public record SealedResponse(String programme, List<SealedAnswer> answers) {

    /** An answer to one item: a value, "niet van toepassing" or a text. */
    public record SealedAnswer(UUID item, Integer value, boolean notApplicable, String text) {}
}
