package nl.opleidingsklimaat.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.opleidingsklimaat.testsupport.PlatformTestResource;

/** One fresh database and the shared broker for every test class of this module; the app starts once. */
@QuarkusTestResource(
        value = PlatformTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "platform_test"))
public final class TestInfrastructure {
    private TestInfrastructure() {}
}
