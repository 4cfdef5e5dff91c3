package nl.opleidingsklimaat.survey.rate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Invited and answered for one programme, institution or the region. {@code belowThreshold} rows carry no counts:
 * that is what the programme side sees of its own programme while fewer than the threshold have answered. Those who
 * read the counts (coordinator, advisor, COC) also read, per programme, how many answers it still needs to reach the
 * threshold: the programmes whose report would be withheld if the campaign closed now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseRateView(
        RateLevel level,
        String code,
        String institutionCode,
        Integer invited,
        Integer answered,
        BigDecimal rate,

        @Schema(
                description =
                        "The counts are withheld from you (the programme side, while fewer than the threshold have answered); it does not say whether the programme is short of the threshold: shortOfThreshold does")
        boolean belowThreshold,

        @Schema(
                description =
                        "Programme level, for those who read the counts: answers still needed to reach the threshold (0 once reached); above 0 the report would be withheld if the campaign closed now")
        Integer shortOfThreshold) {

    static ResponseRateView withheld(RateLevel level, String code, String institutionCode) {
        return new ResponseRateView(level, code, institutionCode, null, null, null, true, null);
    }
}
