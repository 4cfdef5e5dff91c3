package nl.opleidingsklimaat.platform.privacy;

import java.util.OptionalLong;
import nl.opleidingsklimaat.contracts.Plausible;

/**
 * The rule for every figure about people shown to someone else: a count, sum, mean or cost derived from fewer than
 * {@link #MINIMUM} people is not shown, in any service, on any path (DESIGN.md, security and privacy).
 */
public final class SmallCells {
    /** The platform's threshold: 4 people (reference document: the Opleidingsmonitor's anonymity rule). */
    public static final int MINIMUM = Plausible.MINIMUM_GROUP;
    /** What a view says instead of a figure from too few people. */
    public static final String FEWER_THAN_MINIMUM = "fewer than " + MINIMUM;

    private SmallCells() {}

    public static boolean shown(long people) {
        return people >= MINIMUM;
    }

    /** Whether a figure from this many people may be shown: none, or at least {@link #MINIMUM}. */
    public static boolean shownOrNone(long people) {
        return people == 0 || shown(people);
    }

    /**
     * Whether a total may stand next to the rows it sums, some of them hidden: the total itself and what it adds to
     * the shown rows (the hidden rows together) must each come from none or at least {@link #MINIMUM} people;
     * otherwise the total minus the shown rows gives back a hidden row.
     */
    public static boolean totalShown(long people, long hiddenPeople) {
        return shownOrNone(people) && shownOrNone(hiddenPeople);
    }

    /** {@link #totalShown(long, long)} for rows given by their numbers of people (a row is hidden unless shownOrNone). */
    public static boolean totalOfRowsShown(long... peoplePerRow) {
        long people = 0;
        long hidden = 0;
        for (long row : peoplePerRow) {
            people += row;
            hidden += shownOrNone(row) ? 0 : row;
        }
        return totalShown(people, hidden);
    }

    /** The count when it may be shown; empty when it is from 1 to 3 people (0 is shown: it says nothing about anyone). */
    public static OptionalLong count(long people) {
        return shownOrNone(people) ? OptionalLong.of(people) : OptionalLong.empty();
    }
}
