package nl.opleidingsklimaat.coaching.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.opleidingsklimaat.platform.privacy.SmallCells;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A count as shown to people who are not concerned by it: from 1 to 3 only "fewer than 4", never the number. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A count; from 1 to 3 the value is left out and the display reads \"fewer than 4\"")
public record SuppressedCount(
        @Schema(example = "7") Integer value,
        @Schema(example = "7") String display) {

    /** A count of people: shown when 0 or at least 4 (the platform's small-cells rule). */
    public static SuppressedCount of(long people) {
        return of(people, people);
    }

    /** A count (of tracks, say) that is derived from {@code people} people: shown only when they may be shown. */
    public static SuppressedCount of(long count, long people) {
        return SmallCells.count(people).isPresent() ? shown(count) : withheld(SmallCells.FEWER_THAN_MINIMUM);
    }

    /** For figures that only exist from 4 people on (questionnaire respondents): 0 to 3 all read "fewer than 4". */
    public static SuppressedCount atLeastMinimum(long people) {
        return SmallCells.shown(people) ? shown(people) : withheld(SmallCells.FEWER_THAN_MINIMUM);
    }

    public static SuppressedCount withheld(String why) {
        return new SuppressedCount(null, why);
    }

    private static SuppressedCount shown(long count) {
        return new SuppressedCount((int) count, Long.toString(count));
    }
}
