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

    /** The count when it may be shown; empty when it is from 1 to 3 people (0 is shown: it says nothing about anyone). */
    public static OptionalLong count(long people) {
        return people == 0 || shown(people) ? OptionalLong.of(people) : OptionalLong.empty();
    }
}
