package nl.opleidingsklimaat.coaching;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import nl.opleidingsklimaat.testsupport.PlatformTestResource;

/** A fresh coaching_test database and the module's in-process Kafka broker, shared by every test class: the app starts once. */
@QuarkusTestResource(
        value = PlatformTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "coaching_test"))
public final class TestInfrastructure {
    private TestInfrastructure() {}
}
