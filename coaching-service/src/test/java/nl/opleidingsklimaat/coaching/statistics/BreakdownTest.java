package nl.opleidingsklimaat.coaching.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small-cells rule for a breakdown next to its total, without Quarkus or a database. */
class BreakdownTest {

    @Test
    void aRowOf1To3PeopleIsHiddenAndZeroOrFourAndMoreAreShown() {
        assertThat(Breakdown.rowShown(0)).isTrue();
        assertThat(Breakdown.rowShown(1)).isFalse();
        assertThat(Breakdown.rowShown(2)).isFalse();
        assertThat(Breakdown.rowShown(3)).isFalse();
        assertThat(Breakdown.rowShown(4)).isTrue();
        assertThat(Breakdown.rowShown(40)).isTrue();
    }

    @Test
    void theTotalIsShownWhenNoRowIsHidden() {
        assertThat(Breakdown.totalShown(4, 5, 0)).isTrue();
        assertThat(Breakdown.total(9, 4, 5, 0)).isEqualTo(SuppressedCount.of(9));
    }

    @Test
    void theTotalIsWithheldWhenItMinusTheShownRowsWouldGiveBackAHiddenRow() {
        assertThat(Breakdown.totalShown(4, 1)).isFalse();
        SuppressedCount total = Breakdown.total(5, 4, 1);
        assertThat(total.value()).isNull();
        assertThat(total.display()).isEqualTo("not shown: it would reveal a programme with fewer than 4");
        assertThat(total.display()).isEqualTo(Breakdown.TOTAL_WITHHELD);
    }

    @Test
    void theTotalIsShownWhenTheHiddenRowsTogetherHoldFourOrMore() {
        assertThat(Breakdown.totalShown(10, 1, 3)).isTrue();
        assertThat(Breakdown.totalShown(10, 2, 2)).isTrue();
        assertThat(Breakdown.total(14, 10, 1, 3).value()).isEqualTo(14);
        assertThat(Breakdown.totalShown(10, 1, 2)).isFalse();
    }

    @Test
    void aTotalOf1To3PeopleReadsFewerThanFour() {
        assertThat(Breakdown.totalShown(1, 2)).isFalse();
        SuppressedCount total = Breakdown.total(3, 1, 2);
        assertThat(total.value()).isNull();
        assertThat(total.display()).isEqualTo("fewer than 4");
    }

    @Test
    void aCountOfTracksIsJudgedByThePeopleBehindIt() {
        assertThat(Breakdown.total(6, 2, 2).display()).isEqualTo("6");
        assertThat(SuppressedCount.of(5, 3).value()).isNull();
        assertThat(SuppressedCount.of(5, 4).value()).isEqualTo(5);
    }

    @Test
    void anEmptyBreakdownShowsZero() {
        assertThat(Breakdown.totalShown()).isTrue();
        assertThat(Breakdown.total(0).value()).isZero();
    }
}
