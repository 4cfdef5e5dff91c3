package nl.opleidingsklimaat.quality.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.opleidingsklimaat.quality.dashboard.PeopleFigures.Cell;
import org.junit.jupiter.api.Test;

/** The small-cell and differencing rule of the dashboards, on its own (no Quarkus, no database). */
class PeopleFiguresTest {

    @Test
    void aFigureFromOneToThreePeopleIsHiddenNoneAndFourOrMoreAreShown() {
        assertThat(PeopleFigures.count(0)).isEqualTo(0L);
        assertThat(PeopleFigures.count(1)).isNull();
        assertThat(PeopleFigures.count(2)).isNull();
        assertThat(PeopleFigures.count(3)).isNull();
        assertThat(PeopleFigures.count(4)).isEqualTo(4L);
        assertThat(PeopleFigures.count(250)).isEqualTo(250L);
    }

    @Test
    void aCountCellIsShownUnderTheSameRule() {
        assertThat(Cell.count(0).shown()).isTrue();
        assertThat(Cell.count(2).shown()).isFalse();
        assertThat(Cell.count(5).shown()).isTrue();
        assertThat(Cell.count(5).value()).isEqualByComparingTo("5");
    }

    @Test
    void aTotalOfOneToThreePeopleIsHidden() {
        List<Cell> cells = List.of(Cell.count(0), Cell.count(2));
        assertThat(PeopleFigures.totalShown(cells)).isFalse();
        assertThat(PeopleFigures.totalCount(cells)).isNull();
        assertThat(PeopleFigures.total(cells)).isNull();
    }

    @Test
    void aTotalThatWouldGiveBackAHiddenRowIsHidden() {
        // 5 + 2: the total 7 minus the shown 5 would give back the hidden 2
        List<Cell> cells = List.of(Cell.count(5), Cell.count(2));
        assertThat(PeopleFigures.totalShown(cells)).isFalse();
        assertThat(PeopleFigures.totalCount(cells)).isNull();
    }

    @Test
    void hiddenRowsThatTogetherHoldFourOrMoreLetTheTotalShow() {
        // 5 + 2 + 3: the hidden rows hold 5 together, so total minus shown gives only their sum
        List<Cell> cells = List.of(Cell.count(5), Cell.count(2), Cell.count(3));
        assertThat(PeopleFigures.totalShown(cells)).isTrue();
        assertThat(PeopleFigures.totalCount(cells)).isEqualTo(10L);
    }

    @Test
    void aTotalOfShownRowsOnlyIsShownAndNoneAtAllIsZero() {
        assertThat(PeopleFigures.totalCount(List.of(Cell.count(4), Cell.count(0), Cell.count(6))))
                .isEqualTo(10L);
        assertThat(PeopleFigures.totalCount(List.of())).isEqualTo(0L);
        assertThat(PeopleFigures.total(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void pointsAreSummedUnderThePeopleTheyComeFrom() {
        // points of 4 and 5 supervisors: shown; points of 4 and 2 supervisors (the 2 hidden): the total would give them
        // back
        Cell fourSupervisors = new Cell(4, new BigDecimal("12.5"), true);
        Cell fiveSupervisors = new Cell(5, new BigDecimal("8"), true);
        Cell twoSupervisors = new Cell(2, new BigDecimal("6"), false);
        assertThat(PeopleFigures.total(List.of(fourSupervisors, fiveSupervisors)))
                .isEqualByComparingTo("20.5");
        assertThat(PeopleFigures.total(List.of(fourSupervisors, twoSupervisors)))
                .isNull();
    }
}
