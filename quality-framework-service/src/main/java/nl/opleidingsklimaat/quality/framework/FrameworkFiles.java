package nl.opleidingsklimaat.quality.framework;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The framework data files imported at start when their version is not in the database yet. */
@ConfigMapping(prefix = "quality.frameworks")
public interface FrameworkFiles {
    /** Class-path resources in the {@link FrameworkDocument} format (YAML). */
    @WithDefault("frameworks/kwaliteitskader-cluster-2.v1.yaml")
    List<String> files();

    /** The framework new assessments use when none is named (its newest version). */
    @WithDefault("KWALITEITSKADER-CLUSTER-2")
    String defaultCode();
}
