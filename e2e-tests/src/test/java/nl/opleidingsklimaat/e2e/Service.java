package nl.opleidingsklimaat.e2e;

/** The four services, their module directory and the database each gets in the end-to-end run. */
public enum Service {
    QUALITY("quality-framework-service", "quality_e2e"),
    SURVEY("survey-service", "survey_e2e"),
    COACHING("coaching-service", "coaching_e2e"),
    EVENTS("event-service", "events_e2e");

    private final String module;
    private final String database;

    Service(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }
}
