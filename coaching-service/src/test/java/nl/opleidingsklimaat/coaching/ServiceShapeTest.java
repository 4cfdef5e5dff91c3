package nl.opleidingsklimaat.coaching;

import nl.opleidingsklimaat.testsupport.ServiceShapeContract;

class ServiceShapeTest extends ServiceShapeContract {
    ServiceShapeTest() {
        super("nl.opleidingsklimaat.coaching");
    }
}
