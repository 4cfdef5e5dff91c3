package nl.opleidingsklimaat.quality;

import nl.opleidingsklimaat.testsupport.ServiceShapeContract;

class ServiceShapeTest extends ServiceShapeContract {
    ServiceShapeTest() {
        super("nl.opleidingsklimaat.quality");
    }
}
