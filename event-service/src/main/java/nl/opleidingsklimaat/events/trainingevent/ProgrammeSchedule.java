package nl.opleidingsklimaat.events.trainingevent;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;

/**
 * Lays a programme out on the clock: items follow each other from the session's start and must end exactly at the
 * session's end. A programme that overruns, leaves time unfilled, or whose planned start times overlap or leave a
 * gap is rejected with one violation per offending item; so is an item whose timed parts do not add up to its minutes.
 */
public final class ProgrammeSchedule {

    private ProgrammeSchedule() {}

    public static int sessionMinutes(LocalTime start, LocalTime end) {
        return (int) Duration.between(start, end).toMinutes();
    }

    /** The items with their clock times; throws a 422 problem when they do not exactly fill the session. */
    public static List<ScheduledItem> plan(LocalTime sessionStart, LocalTime sessionEnd, List<ProgrammeItem> items) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<ScheduledItem> scheduled = new ArrayList<>();
        int session = sessionMinutes(sessionStart, sessionEnd);
        int clock = 0;
        for (int i = 0; i < items.size(); i++) {
            ProgrammeItem item = items.get(i);
            if (item.plannedStart() != null) {
                int planned = (int)
                        Duration.between(sessionStart, item.plannedStart()).toMinutes();
                LocalTime due = sessionStart.plusMinutes(clock);
                if (planned < clock) {
                    violations.add(new Problem.Violation(
                            "programme[%d].plannedStart".formatted(i),
                            "starts at %s, overlapping the previous item, which ends at %s"
                                    .formatted(item.plannedStart(), due)));
                } else if (planned > clock) {
                    violations.add(new Problem.Violation(
                            "programme[%d].plannedStart".formatted(i),
                            "starts at %s, leaving a gap after the previous item, which ends at %s"
                                    .formatted(item.plannedStart(), due)));
                }
            }
            if (!item.partsOrEmpty().isEmpty()) {
                int parts =
                        item.partsOrEmpty().stream().mapToInt(ItemPart::minutes).sum();
                if (parts != item.minutes()) {
                    violations.add(new Problem.Violation(
                            "programme[%d].parts".formatted(i),
                            "the parts take %d minutes; they must add up to the item's %d"
                                    .formatted(parts, item.minutes())));
                }
            }
            int itemStart = clock;
            clock += item.minutes();
            if (itemStart < session && clock > session) {
                violations.add(new Problem.Violation(
                        "programme[%d].minutes".formatted(i),
                        "ends at %s, after the session ends at %s"
                                .formatted(sessionStart.plusMinutes(clock), sessionEnd)));
            } else if (itemStart >= session) {
                violations.add(new Problem.Violation(
                        "programme[%d]".formatted(i),
                        "starts at or after the session's end at %s".formatted(sessionEnd)));
            }
            scheduled.add(new ScheduledItem(
                    i, item, sessionStart.plusMinutes(itemStart), sessionStart.plusMinutes(Math.min(clock, session))));
        }
        if (clock != session) {
            String detail = clock > session
                    ? "the items take %d minutes, %d more than the session %s-%s (%d minutes): the programme overruns"
                    : "the items take %d minutes, %d fewer than the session %s-%s (%d minutes): the programme must fill the session";
            violations.add(new Problem.Violation(
                    "programme",
                    detail.formatted(clock, Math.abs(clock - session), sessionStart, sessionEnd, session)));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "The programme does not fit the session %s-%s (%d minutes)"
                            .formatted(sessionStart, sessionEnd, session),
                    violations);
        }
        return scheduled;
    }
}
