package nl.opleidingsklimaat.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * A packaged service (the prod profile) fails closed: it does not start without the settings that decide whom it
 * trusts. Without them smallrye-jwt would accept any issuer and any audience, or start and then refuse everyone; the
 * datasource would fall back to a default account. The message names every missing setting at once.
 */
@ApplicationScoped
public class ProductionSettings {
    /** A required setting: the property, the environment variable that usually sets it, and what it is. */
    record Required(String property, String alternative, String environment, String meaning) {}

    static final List<Required> REQUIRED = List.of(
            new Required(
                    "mp.jwt.verify.publickey.location",
                    "mp.jwt.verify.publickey",
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    "the identity provider's JWKS URL, e.g. https://sso.example.nl/realms/opleidingsklimaat/protocol/openid-connect/certs"),
            new Required(
                    "mp.jwt.verify.issuer",
                    null,
                    "MP_JWT_VERIFY_ISSUER",
                    "the issuer ('iss') of the accepted tokens, e.g. https://sso.example.nl/realms/opleidingsklimaat"),
            new Required(
                    "mp.jwt.verify.audiences",
                    null,
                    "MP_JWT_VERIFY_AUDIENCES",
                    "the audience ('aud') a token must name, e.g. opleidingsklimaat-api"),
            new Required(
                    "quarkus.datasource.username",
                    null,
                    "QUARKUS_DATASOURCE_USERNAME",
                    "this service's own database role"),
            new Required(
                    "quarkus.datasource.password",
                    null,
                    "QUARKUS_DATASOURCE_PASSWORD",
                    "that role's password (there is no default)"));

    void check(@Observes @Priority(1) StartupEvent started, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return; // dev and test profiles verify with the dev key pair and use the local database role
        }
        List<String> missing = missing(name -> config.getOptionalValue(name, String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(message(missing));
        }
    }

    /** One line per missing setting; empty when the service may start. Blank values count as missing. */
    static List<String> missing(Function<String, Optional<String>> lookup) {
        List<String> missing = new ArrayList<>();
        for (Required required : REQUIRED) {
            boolean present = isSet(lookup, required.property())
                    || (required.alternative() != null && isSet(lookup, required.alternative()));
            if (!present) {
                missing.add(required.environment() + " (" + required.property() + "): " + required.meaning());
            }
        }
        return missing;
    }

    static String message(List<String> missing) {
        return "Refusing to start: the production profile needs these settings, and has no defaults for them:\n  "
                + String.join("\n  ", missing);
    }

    private static boolean isSet(Function<String, Optional<String>> lookup, String name) {
        return lookup.apply(name).filter(value -> !value.isBlank()).isPresent();
    }
}
