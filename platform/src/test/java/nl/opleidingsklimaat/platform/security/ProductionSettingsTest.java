package nl.opleidingsklimaat.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {
    private final Map<String, String> settings = new HashMap<>(Map.of(
            "mp.jwt.verify.publickey.location", "https://sso.example.nl/realms/r/protocol/openid-connect/certs",
            "mp.jwt.verify.issuer", "https://sso.example.nl/realms/r",
            "mp.jwt.verify.audiences", "opleidingsklimaat-api",
            "quarkus.datasource.username", "survey",
            "quarkus.datasource.password", "s3cret"));

    @Test
    void startsWhenKeysIssuerAudienceAndDatabaseAccountAreGiven() {
        assertThat(ProductionSettings.missing(this::lookup)).isEmpty();
    }

    @Test
    void withoutAnyTokenSettingEveryOneIsNamed() {
        settings.remove("mp.jwt.verify.publickey.location");
        settings.remove("mp.jwt.verify.issuer");
        settings.remove("mp.jwt.verify.audiences");
        assertThat(ProductionSettings.missing(this::lookup))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                .anySatisfy(line -> assertThat(line).startsWith("MP_JWT_VERIFY_ISSUER"))
                .anySatisfy(line -> assertThat(line).startsWith("MP_JWT_VERIFY_AUDIENCES"));
    }

    @Test
    void anInlineKeyStandsForTheKeyLocation() {
        settings.remove("mp.jwt.verify.publickey.location");
        settings.put("mp.jwt.verify.publickey", "{\"keys\":[]}");
        assertThat(ProductionSettings.missing(this::lookup)).isEmpty();
    }

    @Test
    void aBlankValueCountsAsMissingAndThereIsNoDefaultPassword() {
        settings.put("mp.jwt.verify.issuer", " ");
        settings.remove("quarkus.datasource.password");
        assertThat(ProductionSettings.missing(this::lookup))
                .containsExactly(
                        "MP_JWT_VERIFY_ISSUER (mp.jwt.verify.issuer): the issuer ('iss') of the accepted tokens, e.g."
                                + " https://sso.example.nl/realms/opleidingsklimaat",
                        "QUARKUS_DATASOURCE_PASSWORD (quarkus.datasource.password): that role's password (there is no"
                                + " default)");
    }

    private Optional<String> lookup(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}
