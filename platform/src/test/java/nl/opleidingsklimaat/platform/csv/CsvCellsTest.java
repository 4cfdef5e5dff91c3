package nl.opleidingsklimaat.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @Test
    void cellsASpreadsheetWouldReadAsAFormulaBecomeText() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(CsvCells.text("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(CsvCells.text("Jan de Vries")).isEqualTo("Jan de Vries");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isNull();
    }
}
