package nl.opleidingsklimaat.coaching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Settings of the coaching service; the policy's numbers and texts are in {@code policy/coaching-policy.json}. */
@ConfigMapping(prefix = "coaching")
public interface CoachingConfig {

    WorkingHours workingHours();

    /** Length of a coaching session when the booking does not say. */
    @WithDefault("60")
    int defaultSessionMinutes();

    Proactive proactive();

    /** The classpath resource holding the coaching policy (conditions, offer types, contribution, group sizes). */
    @WithDefault("policy/coaching-policy.json")
    String policyFile();

    interface WorkingHours {
        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> days();

        @WithDefault("08:00")
        LocalTime start();

        @WithDefault("18:00")
        LocalTime end();

        @WithDefault("Europe/Amsterdam")
        ZoneId zone();
    }

    interface Proactive {
        /** The report domain whose low mean triggers a proactive offer. */
        @WithDefault("begeleiding-en-supervisie")
        String domain();

        /** A domain mean below this puts the programme on the proactive list. */
        @WithDefault("3.5")
        BigDecimal threshold();
    }
}
