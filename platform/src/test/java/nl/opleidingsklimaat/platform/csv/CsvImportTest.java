package nl.opleidingsklimaat.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CsvImportTest {
    private static final Set<String> REQUIRED = Set.of("email", "programmeCode");
    private static final Set<String> ALLOWED = Set.of("email", "programmeCode", "reference");

    @Test
    void aSpreadsheetExportWithByteOrderMarkAndSemicolonsReadsLikeAPlainFile() {
        List<CsvImport.Line> dutch = CsvImport.read(
                "\uFEFFemail;programmeCode;reference\na@x.nl;LUMC-INT;r1\nb@x.nl; LUMC-CHI ;\n", REQUIRED, ALLOWED, 10);
        List<CsvImport.Line> plain =
                CsvImport.read("programmeCode,email\nLUMC-INT,a@x.nl\nLUMC-CHI,b@x.nl\n", REQUIRED, ALLOWED, 10);

        assertThat(dutch).extracting(l -> l.get("programmeCode")).containsExactly("LUMC-INT", "LUMC-CHI");
        assertThat(plain).extracting(l -> l.get("email")).containsExactly("a@x.nl", "b@x.nl");
        assertThat(dutch.get(1).get("reference")).as("a blank cell").isNull();
    }

    @Test
    void everyLineKeepsTheNumberASpreadsheetShows() {
        List<CsvImport.Line> lines = CsvImport.read(
                "email,programmeCode,reference\na@x.nl,P1,\"two\nlines\"\nb@x.nl,P2,r\n", REQUIRED, ALLOWED, 10);
        assertThat(lines).extracting(CsvImport.Line::number).containsExactly(2, 4);
    }

    @Test
    void aWrongHeaderTooManyLinesOrNoLinesAreClearProblems() {
        assertThatThrownBy(() -> CsvImport.read("mail,programme\nx,y\n", REQUIRED, ALLOWED, 10))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("found mail,programme");
        assertThatThrownBy(() -> CsvImport.read("email,programmeCode\na,P\nb,P\nc,P\n", REQUIRED, ALLOWED, 2))
                .hasMessageContaining("At most 2 lines");
        assertThatThrownBy(() -> CsvImport.read("email,programmeCode\n", REQUIRED, ALLOWED, 2))
                .hasMessageContaining("no lines");
        assertThatThrownBy(() -> CsvImport.read("  ", REQUIRED, ALLOWED, 2)).hasMessageContaining("empty");
    }
}
