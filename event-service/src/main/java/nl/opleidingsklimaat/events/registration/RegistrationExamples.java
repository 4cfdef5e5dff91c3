package nl.opleidingsklimaat.events.registration;

/** JSON examples shown in Swagger UI for registrations. */
public final class RegistrationExamples {
    public static final String REQUEST = """
            {"name":"Dr. A. de Vries","role":"programme-director","programmeCode":"EMC-INT","bigNumber":"19012345601","accreditationWanted":true,
             "email":"a.devries@erasmusmc.nl","attendance":"online"}""";

    public static final String VIEW = """
            {"id":"0c7d5f8e-3a41-4c8e-9f0b-2d6e8a1b4c55","eventId":"6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33","personReference":"emp-004711",
             "name":"Dr. A. de Vries","role":"programme-director","institutionCode":"EMC","programmeCode":"EMC-INT","bigNumber":"19012345601",
             "accreditationWanted":true,"email":"a.devries@erasmusmc.nl","status":"registered","attendance":"online","registeredAt":"2026-10-01T09:12:00Z"}""";

    public static final String WAITLISTED = """
            {"id":"0c7d5f8e-3a41-4c8e-9f0b-2d6e8a1b4c56","eventId":"6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33","personReference":"emp-004712",
             "name":"Drs. B. Jansen","role":"resident","institutionCode":"EMC","programmeCode":"EMC-INT","accreditationWanted":false,
             "status":"waitlisted","attendance":"on-site","waitingListPosition":3,"registeredAt":"2026-10-01T09:13:00Z"}""";

    public static final String PAGE =
            "{\"items\":[" + VIEW + "],\"page\":0,\"size\":50,\"totalItems\":1,\"totalPages\":1}";

    public static final String DUPLICATE = """
            {"type":"https://opleidingsklimaat.nl/problems/conflict","title":"Conflict","status":409,
             "detail":"emp-004711 is already registered for training event 6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33"}""";

    public static final String CLOSED = """
            {"type":"https://opleidingsklimaat.nl/problems/unprocessable","title":"Request cannot be processed","status":422,
             "detail":"Training event 6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33 was on 2025-11-12, which has passed"}""";

    public static final String PAGE_LINK = """
            {"registrationId":"0c7d5f8e-3a41-4c8e-9f0b-2d6e8a1b4c55",
             "url":"https://events.example.nl/registration/3q2-7wXbYk0E1m4tZ0PqGm9dQxW4sVbN8rLhKc2YfJw"}""";

    private RegistrationExamples() {}
}
