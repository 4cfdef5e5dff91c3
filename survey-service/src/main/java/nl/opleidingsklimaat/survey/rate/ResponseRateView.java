package nl.opleidingsklimaat.survey.rate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * Invited and answered for one programme, institution or the region. {@code belowThreshold} rows carry no counts:
 * that is what the programme side sees of its own programme while fewer than the threshold have answered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseRateView(
        RateLevel level,
        String code,
        String institutionCode,
        Integer invited,
        Integer answered,
        BigDecimal rate,
        boolean belowThreshold) {}
