package nl.opleidingsklimaat.e2e;

import nl.opleidingsklimaat.testsupport.PackagedService;

/** The four services of the end-to-end run. */
public enum Service {
    QUALITY(PackagedService.QUALITY),
    SURVEY(PackagedService.SURVEY),
    COACHING(PackagedService.COACHING),
    EVENTS(PackagedService.EVENTS);

    private final PackagedService packaged;

    Service(PackagedService packaged) {
        this.packaged = packaged;
    }

    public PackagedService packaged() {
        return packaged;
    }
}
