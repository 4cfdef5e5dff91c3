package nl.opleidingsklimaat.events.registration;

import nl.opleidingsklimaat.platform.problem.ProblemException;

/** What the desk decided for one draft: the registration as stored, or the problem the caller gets instead. */
record RegistrationDecision(RegistrationView registration, ProblemException refusal) {
    static RegistrationDecision taken(RegistrationView registration) {
        return new RegistrationDecision(registration, null);
    }

    static RegistrationDecision refused(ProblemException refusal) {
        return new RegistrationDecision(null, refusal);
    }
}
