package nl.opleidingsklimaat.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Production settings that must come from the environment, with no local default to fall back on. */
class ProductionSettingsTest {

    @Test
    void theAnswerLinkBaseUrlIsRequiredFromTheEnvironmentInProduction() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("%prod.survey.links.answer-base-url")).isEqualTo("${SURVEY_ANSWER_BASE_URL}");
        assertThat(properties.getProperty("quarkus.flyway.locations")).contains("db/ballot");
        assertThat(properties.getProperty("%prod.platform.ballots.key"))
                .as("no ballot key in the file")
                .isNull();
    }
}
