package nl.opleidingsklimaat.coaching.policy;

import java.util.List;

public record IntervisionPolicy(
        int maxResidents, int maxStudents, int maxSupervisors, int minimumRespondents, List<Measure> measures) {
    public boolean hasMeasure(String code) {
        return measures.stream().anyMatch(m -> m.code().equals(code));
    }
}
