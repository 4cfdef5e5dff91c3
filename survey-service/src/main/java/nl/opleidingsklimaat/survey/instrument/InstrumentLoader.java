package nl.opleidingsklimaat.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import nl.opleidingsklimaat.survey.SurveyConfig;
import org.jboss.logging.Logger;

/** Publishes the instruments shipped in {@code src/main/resources/instruments} at start, when not yet present. */
@ApplicationScoped
public class InstrumentLoader {
    private static final Logger LOG = Logger.getLogger(InstrumentLoader.class);

    @Inject
    InstrumentService instruments;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Validator validator;

    @Inject
    SurveyConfig config;

    void onStart(@Observes StartupEvent event) {
        for (String file : config.instrumentFiles()) {
            InstrumentDefinition definition = read(file);
            Set<ConstraintViolation<InstrumentDefinition>> violations = validator.validate(definition);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Instrument file " + file + " is invalid: " + violations);
            }
            if (!instruments.exists(definition.code(), definition.version())) {
                try {
                    instruments.publish(definition);
                    LOG.infof(
                            "Published instrument %s version %s from %s",
                            definition.code(), definition.version(), file);
                } catch (RuntimeException e) {
                    // Another instance starting at the same moment may have published it first.
                    if (!instruments.exists(definition.code(), definition.version())) {
                        throw e;
                    }
                }
            }
        }
    }

    private InstrumentDefinition read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Instrument file " + file + " not found on the classpath");
            }
            return objectMapper.readValue(in, InstrumentDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read instrument file " + file, e);
        }
    }
}
