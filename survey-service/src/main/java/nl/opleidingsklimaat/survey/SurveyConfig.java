package nl.opleidingsklimaat.survey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Application settings of survey-service (prefix {@code survey}). */
@ConfigMapping(prefix = "survey")
public interface SurveyConfig {

    /**
     * The lowest reporting threshold any campaign may have: an opleider gets no report when fewer than 4 aios
     * responded (Opleidingsmonitor, OOR Leiden). Not configurable downwards.
     */
    int MINIMUM_THRESHOLD = 4;

    Links links();

    /** The time zone in which a campaign's window dates start and end. */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    /** Threshold of a campaign created without one; never below {@link #MINIMUM_THRESHOLD}. */
    @WithDefault("4")
    int defaultThreshold();

    /** Instrument files on the classpath, published at start when absent. */
    List<String> instrumentFiles();

    Scheduler scheduler();

    interface Scheduler {
        /** How often the scheduler opens, reminds, closes and reports (e.g. 60s). */
        @WithDefault("60s")
        String every();
    }

    interface Links {
        /** The personal link is this URL followed by the token. */
        String answerBaseUrl();

        /**
         * Where the COC and directors read their reports (a dashboard, an intranet page), named in the mails that say
         * reports are ready; none: the mails name the service's API.
         */
        Optional<String> reportsUrl();
    }

    Notices notices();

    interface Notices {
        /** How often owed report mails are sent or tried again (e.g. 60s). */
        @WithDefault("60s")
        String every();
    }
}
