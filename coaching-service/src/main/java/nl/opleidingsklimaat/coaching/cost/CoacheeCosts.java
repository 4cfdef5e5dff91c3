package nl.opleidingsklimaat.coaching.cost;

import java.math.BigDecimal;
import java.util.List;
import nl.opleidingsklimaat.coaching.track.CoachingTrack;

/** One group's (a department's residents, or its supervisors) costs as computed, never shown as such. */
record CoacheeCosts(
        long tracks,
        long people,
        long sessionsHeld,
        long sessionsCancelledLate,
        BigDecimal totalFees,
        BigDecimal ownContributions,
        BigDecimal departmentShare) {

    static CoacheeCosts of(List<CoachingTrack> tracks, CostCalculator calculator) {
        long held = 0;
        long late = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal own = BigDecimal.ZERO.setScale(2);
        BigDecimal department = BigDecimal.ZERO.setScale(2);
        for (CoachingTrack track : tracks) {
            long trackHeld = track.sessionsHeld();
            long trackLate = track.sessionsCancelledLate();
            CostSplit split = calculator.split(track.sessionFee, trackHeld + trackLate, track.coachee);
            held += trackHeld;
            late += trackLate;
            total = total.add(split.total());
            own = own.add(split.ownContribution());
            department = department.add(split.departmentShare());
        }
        long people = tracks.stream().map(t -> t.residentReference).distinct().count();
        return new CoacheeCosts(tracks.size(), people, held, late, total, own, department);
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
