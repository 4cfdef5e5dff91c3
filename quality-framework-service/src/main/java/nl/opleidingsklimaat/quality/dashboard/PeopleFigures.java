package nl.opleidingsklimaat.quality.dashboard;

import java.math.BigDecimal;
import java.util.Collection;
import nl.opleidingsklimaat.platform.privacy.SmallCells;

/**
 * The dashboards' rule for figures about people (coaching tracks, attendances and their points, respondents): a figure
 * is shown when it comes from no one or from at least {@link SmallCells#MINIMUM} people. A total over rows (an
 * institution's coaching tracks over its programmes) is shown only when, besides itself, what it adds to the rows shown
 * (the hidden rows together) comes from no one or at least that many people too; otherwise the total minus the shown
 * rows would give a hidden row. The rows are always all rows of the total, not one page of them.
 */
final class PeopleFigures {
    private PeopleFigures() {}

    /** A row's figure: the people it comes from, its value (a count or a sum of points) and whether the row shows it. */
    record Cell(long people, BigDecimal value, boolean shown) {
        static Cell count(long people) {
            return new Cell(people, BigDecimal.valueOf(people), safe(people));
        }
    }

    static boolean safe(long people) {
        return SmallCells.shownOrNone(people);
    }

    /** The count when it may be shown, else null. */
    static Long count(long people) {
        return safe(people) ? people : null;
    }

    /** Whether the sum of these rows may be shown next to the rows: see the class comment. */
    static boolean totalShown(Collection<Cell> cells) {
        long people = cells.stream().mapToLong(Cell::people).sum();
        long hiddenPeople = cells.stream()
                .filter(cell -> !cell.shown())
                .mapToLong(Cell::people)
                .sum();
        return SmallCells.totalShown(people, hiddenPeople);
    }

    /** The sum of the rows' values when {@link #totalShown}, else null. */
    static BigDecimal total(Collection<Cell> cells) {
        return totalShown(cells) ? cells.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
    }

    /** The count of the rows' people when {@link #totalShown}, else null. */
    static Long totalCount(Collection<Cell> cells) {
        return totalShown(cells) ? cells.stream().mapToLong(Cell::people).sum() : null;
    }
}
