package nl.opleidingsklimaat.coaching.track;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import nl.opleidingsklimaat.coaching.CoachingConfig;

/** Policy condition 5: a session fits within working hours (configurable days and times, in the hospital's zone). */
@ApplicationScoped
public class WorkingHours {
    @Inject
    CoachingConfig config;

    public boolean contains(OffsetDateTime start, OffsetDateTime end) {
        CoachingConfig.WorkingHours hours = config.workingHours();
        ZonedDateTime from = start.atZoneSameInstant(hours.zone());
        ZonedDateTime to = end.atZoneSameInstant(hours.zone());
        return hours.days().contains(from.getDayOfWeek())
                && from.toLocalDate().equals(to.toLocalDate())
                && !from.toLocalTime().isBefore(hours.start())
                && !to.toLocalTime().isAfter(hours.end());
    }

    public String describe() {
        CoachingConfig.WorkingHours hours = config.workingHours();
        return hours.days() + " " + hours.start() + "-" + hours.end() + " (" + hours.zone() + ")";
    }
}
