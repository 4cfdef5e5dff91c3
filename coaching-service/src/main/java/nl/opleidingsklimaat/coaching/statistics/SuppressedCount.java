package nl.opleidingsklimaat.coaching.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A count as shown to people who are not concerned by it: below the minimum only "fewer than N", never the number. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A count; below the minimum (4) the value is left out and the display reads \"fewer than 4\"")
public record SuppressedCount(@Schema(example = "7") Integer value, @Schema(example = "7") String display) {

    public static SuppressedCount of(long count, int minimum) {
        if (count < minimum) {
            return new SuppressedCount(null, "fewer than " + minimum);
        }
        return new SuppressedCount((int) count, Long.toString(count));
    }
}
