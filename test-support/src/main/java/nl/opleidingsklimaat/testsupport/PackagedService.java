package nl.opleidingsklimaat.testsupport;

/** The four services as packaged by {@code mvn package}: their module directory and the name their database starts with. */
public enum PackagedService {
    QUALITY("quality-framework-service", "quality"),
    SURVEY("survey-service", "survey"),
    COACHING("coaching-service", "coaching"),
    EVENTS("event-service", "events");

    private final String module;
    private final String databasePrefix;

    PackagedService(String module, String databasePrefix) {
        this.module = module;
        this.databasePrefix = databasePrefix;
    }

    public String module() {
        return module;
    }

    /** The database this service gets in a run named {@code run} (e2e, bench): {@code survey_e2e}, {@code quality_bench}. */
    public String database(String run) {
        return databasePrefix + "_" + run;
    }
}
