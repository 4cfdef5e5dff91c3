package nl.opleidingsklimaat.platform.ballot;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The key that seals ballots; it lives in the service's configuration (a secret), never in its database. */
@ConfigMapping(prefix = "platform.ballots")
public interface BallotConfig {
    /** 32 random bytes, base64 (e.g. {@code openssl rand -base64 32}); required wherever ballots are sealed. */
    Optional<String> key();

    /** Names the key in each ballot, so a new key can be rolled out between campaigns. */
    @WithDefault("1")
    String keyId();

    /** Ballots are padded to a multiple of this many bytes (after compression), so their size tells nothing. */
    @WithDefault("4096")
    int blockSize();
}
