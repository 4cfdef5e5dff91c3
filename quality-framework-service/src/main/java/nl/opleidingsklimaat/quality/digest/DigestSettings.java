package nl.opleidingsklimaat.quality.digest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

/** When the weekly digest of overdue actions goes out. */
@ConfigMapping(prefix = "quality.digest")
public interface DigestSettings {
    /** How often the scheduler looks whether the digest is due ({@code off} in the tests, which send it themselves). */
    @WithDefault("15m")
    String every();

    /** The day of the week the digest goes out. */
    @WithDefault("MONDAY")
    DayOfWeek day();

    /** From this time of that day on. */
    @WithDefault("07:00")
    LocalTime time();

    @WithDefault("Europe/Amsterdam")
    ZoneId zone();
}
