package nl.opleidingsklimaat.events;

import io.quarkus.test.junit.QuarkusTest;
import nl.opleidingsklimaat.testsupport.ServiceFoundationContract;

@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {
    ServiceFoundationTest() {
        super("Event service");
    }
}
