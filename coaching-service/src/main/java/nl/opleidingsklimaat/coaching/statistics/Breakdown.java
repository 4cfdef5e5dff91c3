package nl.opleidingsklimaat.coaching.statistics;

import java.util.Arrays;
import nl.opleidingsklimaat.platform.privacy.SmallCells;

/**
 * The small-cells rule for a breakdown (an institution's programmes) shown next to its total. A row is shown when it
 * is derived from 0 or at least 4 people. The total is shown only when the hidden rows together hold 0 or at least 4
 * people: otherwise the total minus the shown rows would give back the figure of a group of 1 to 3. (Hiding the next
 * smallest row instead would keep the total but tell less per programme; not showing the total is simpler and as safe.)
 */
public final class Breakdown {
    public static final String TOTAL_WITHHELD =
            "not shown: it would reveal a programme with " + SmallCells.FEWER_THAN_MINIMUM;

    private Breakdown() {}

    public static boolean rowShown(long people) {
        return SmallCells.shownOrNone(people);
    }

    /** Whether the total over rows with these numbers of people may be shown next to the rows that are shown. */
    public static boolean totalShown(long... peoplePerRow) {
        return SmallCells.totalOfRowsShown(peoplePerRow);
    }

    /** The total count, or why it is withheld. */
    public static SuppressedCount total(long total, long... peoplePerRow) {
        if (!totalShown(peoplePerRow)) {
            return SuppressedCount.withheld(
                    rowShown(Arrays.stream(peoplePerRow).sum()) ? TOTAL_WITHHELD : SmallCells.FEWER_THAN_MINIMUM);
        }
        return SuppressedCount.of(total, Arrays.stream(peoplePerRow).sum());
    }
}
