package nl.opleidingsklimaat.quality;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.opleidingsklimaat.testsupport.Mailbox;
import nl.opleidingsklimaat.testsupport.PlatformTestResource;

/**
 * A fresh quality_test database, the module's in-process Kafka broker and an SMTP receiver ({@link Mailbox}), shared by
 * every test class: the app starts once.
 */
@QuarkusTestResource(
        value = PlatformTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "quality_test"))
@QuarkusTestResource(Mailbox.class)
public final class TestInfrastructure {
    private TestInfrastructure() {}
}
