package nl.opleidingsklimaat.events.trainingevent;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads the programme templates from the reference data file at start; a template whose programme does not fit fails the start. */
@Startup
@ApplicationScoped
public class ProgrammeTemplates {
    static final String RESOURCE = "reference/programme-templates.json";

    @Inject
    ObjectMapper objectMapper;

    private List<ProgrammeTemplate> templates = List.of();

    @PostConstruct
    void load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            List<ProgrammeTemplate> loaded =
                    objectMapper.readValue(in, new TypeReference<List<ProgrammeTemplate>>() {});
            for (ProgrammeTemplate template : loaded) {
                ProgrammeSchedule.plan(template.startTime(), template.endTime(), template.programme());
            }
            templates = List.copyOf(new ArrayList<>(loaded));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    public List<ProgrammeTemplate> all() {
        return templates;
    }

    public Optional<ProgrammeTemplate> byCode(String code) {
        return templates.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
