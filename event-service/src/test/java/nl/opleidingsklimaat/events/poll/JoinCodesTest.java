package nl.opleidingsklimaat.events.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesHaveSixCharactersWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCodes.random();
            assertThat(code).hasSize(6).doesNotContainPattern("[01ILO]").matches("[2-9A-Z]{6}");
            codes.add(code);
        }
        assertThat(codes).as("random, not a sequence").hasSizeGreaterThan(990);
    }

    @Test
    void aTypedCodeIsReadInAnyCaseWithSpacesAndDashes() {
        assertThat(JoinCodes.read(" k7m 3qd ")).contains("K7M3QD");
        assertThat(JoinCodes.read("K7M-3QD")).contains("K7M3QD");
        assertThat(JoinCodes.read("K7M3Q")).isEmpty();
        assertThat(JoinCodes.read("K7M3QDX")).isEmpty();
        assertThat(JoinCodes.read("K0M3QD")).as("0 is no code character").isEmpty();
        assertThat(JoinCodes.read(null)).isEmpty();
        assertThat(JoinCodes.read("<script>")).isEmpty();
    }
}
