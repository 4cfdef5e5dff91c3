package nl.opleidingsklimaat.survey.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which version of an instrument is the newest: version labels in their natural order. */
class VersionOrderTest {
    @Test
    void numericPartsCompareAsNumbersAndALongerLabelComesAfterItsPrefix() {
        List<String> versions = new ArrayList<>(List.of("2026.10", "2026.2", "1.0", "2026.1.1", "2026.1", "2027-rc"));
        versions.sort(Instrument.VERSION_ORDER);
        assertThat(versions).containsExactly("1.0", "2026.1", "2026.1.1", "2026.2", "2026.10", "2027-rc");
    }

    @Test
    void aSuccessorIsTheSameInstrumentInTheSameOrALaterVersion() {
        Instrument first = instrument("opleidingsmonitor", "2026.1");
        Instrument second = instrument("opleidingsmonitor", "2026.2");

        assertThat(first.isSameOrSucceededBy(second)).isTrue();
        assertThat(first.isSameOrSucceededBy(first)).isTrue();
        assertThat(second.isSameOrSucceededBy(first)).isFalse();
        assertThat(first.isSameOrSucceededBy(instrument("thermometer-welzijn", "2027.1")))
                .isFalse();
    }

    private static Instrument instrument(String code, String version) {
        Instrument instrument = new Instrument();
        instrument.code = code;
        instrument.version = version;
        return instrument;
    }
}
