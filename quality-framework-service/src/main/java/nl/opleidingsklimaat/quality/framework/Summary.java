package nl.opleidingsklimaat.quality.framework;

import java.time.OffsetDateTime;
import java.util.UUID;

public record Summary(UUID id, String code, String version, String title, String source, OffsetDateTime importedAt) {
    static Summary of(Framework f) {
        return new Summary(f.id, f.code, f.version, f.title, f.source, f.importedAt);
    }
}
