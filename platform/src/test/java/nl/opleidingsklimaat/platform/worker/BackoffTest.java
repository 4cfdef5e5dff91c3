package nl.opleidingsklimaat.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesAfterEachFailureUpToItsMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFixedBackoffAlwaysWaitsAsLong() {
        assertThat(Backoff.fixed(Duration.ofSeconds(2)).after(7)).isEqualTo(Duration.ofSeconds(2));
    }
}
