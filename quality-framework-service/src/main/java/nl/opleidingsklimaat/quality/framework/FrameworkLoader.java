package nl.opleidingsklimaat.quality.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/** Imports the framework data files shipped with the service, once per version. */
@ApplicationScoped
public class FrameworkLoader {
    private static final Logger LOG = Logger.getLogger(FrameworkLoader.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Inject
    FrameworkFiles files;

    @Inject
    FrameworkService frameworks;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        for (String file : files.files()) {
            FrameworkDocument document = read(file);
            if (Framework.count("code = ?1 and version = ?2", document.code(), document.version()) == 0) {
                frameworks.importVersion(document);
                LOG.infof("Imported framework %s version %s from %s", document.code(), document.version(), file);
            }
        }
    }

    static FrameworkDocument read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Framework data file " + resource + " is not on the class path");
            }
            return YAML.readValue(in, FrameworkDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read framework data file " + resource, e);
        }
    }
}
