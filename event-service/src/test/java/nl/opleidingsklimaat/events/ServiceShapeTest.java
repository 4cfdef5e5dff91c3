package nl.opleidingsklimaat.events;

import nl.opleidingsklimaat.testsupport.ServiceShapeContract;

/** The one shape of a service (STYLE.md), checked on event-service's classes. */
class ServiceShapeTest extends ServiceShapeContract {
    ServiceShapeTest() {
        super("nl.opleidingsklimaat.events");
    }
}
