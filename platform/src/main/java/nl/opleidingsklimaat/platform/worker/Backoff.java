package nl.opleidingsklimaat.platform.worker;

import java.time.Duration;

/** How long a worker waits after failures in a row: {@code initial}, doubling each time, never more than {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public static Backoff fixed(Duration pause) {
        return new Backoff(pause, pause);
    }

    /** The pause after the given number of failures in a row (1 for the first). */
    public Duration after(int failuresInARow) {
        Duration pause = initial;
        for (int i = 1; i < failuresInARow && pause.compareTo(max) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
