package nl.opleidingsklimaat.coaching.api;

/** Shared wording of the OpenAPI documentation. */
public final class ApiDocs {
    public static final String PROBLEM = "application/problem+json";
    public static final String JSON = "application/json";

    private ApiDocs() {}
}
