package nl.opleidingsklimaat.contracts;

/** Builds the CloudEvents {@code subject}, which is also the Kafka record key. */
public final class Subjects {
    private Subjects() {}

    public static String region(String code) {
        return "region/" + code;
    }

    public static String institution(String code) {
        return "institution/" + code;
    }

    public static String programme(String code) {
        return "programme/" + code;
    }

    public static String campaign(Object id) {
        return "campaign/" + id;
    }

    public static String trainingEvent(Object id) {
        return "training-event/" + id;
    }
}
