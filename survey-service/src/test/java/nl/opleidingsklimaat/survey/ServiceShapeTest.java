package nl.opleidingsklimaat.survey;

import nl.opleidingsklimaat.testsupport.ServiceShapeContract;

/** The one shape of a service (STYLE.md), checked on survey-service's compiled classes. */
class ServiceShapeTest extends ServiceShapeContract {
    ServiceShapeTest() {
        super("nl.opleidingsklimaat.survey");
    }
}
