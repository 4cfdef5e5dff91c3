package nl.opleidingsklimaat.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCellsTest {
    @Test
    void aFigureFromOneToThreePeopleIsHiddenAndNoneOrFourAreShown() {
        assertThat(SmallCells.shownOrNone(0)).isTrue();
        assertThat(SmallCells.shownOrNone(1)).isFalse();
        assertThat(SmallCells.shownOrNone(3)).isFalse();
        assertThat(SmallCells.shownOrNone(4)).isTrue();
    }

    @Test
    void aTotalIsHiddenWhenSubtractingTheShownRowsWouldGiveBackAHiddenOne() {
        assertThat(SmallCells.totalShown(10, 2))
                .as("10 people, 2 of them in hidden rows")
                .isFalse();
        assertThat(SmallCells.totalShown(10, 0)).isTrue();
        assertThat(SmallCells.totalShown(2, 0)).as("a total of 2 people").isFalse();
        assertThat(SmallCells.totalOfRowsShown(10, 5, 1))
                .as("16 minus the shown 15 gives the hidden 1")
                .isFalse();
        assertThat(SmallCells.totalOfRowsShown(10, 2, 2))
                .as("two hidden rows of 2: the difference is 4")
                .isTrue();
    }
}
