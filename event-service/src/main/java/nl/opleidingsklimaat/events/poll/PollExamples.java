package nl.opleidingsklimaat.events.poll;

/** JSON examples shown in Swagger UI for the poll endpoints. */
final class PollExamples {
    static final String POLL =
            "{\"question\":\"Hoe vitaal voel jij je deze maand?\",\"type\":\"scale\",\"scaleMin\":1,\"scaleMax\":10}";
    static final String QUIZ =
            "{\"question\":\"Welk deel van de aios denkt aan stoppen met de opleiding?\",\"type\":\"multiple-choice\","
                    + "\"options\":[\"Een tiende\",\"Een kwart\",\"De helft\"],\"correctOptions\":[\"Een kwart\"]}";
    static final String QUIZ_RESULTS =
            "{\"pollId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"status\":\"closed\",\"counted\":8,\"minimumRespondents\":4,"
                    + "\"shown\":true,\"counting\":\"" + PollResults.COUNTING
                    + "\",\"counts\":{\"Een tiende\":1,\"Een kwart\":6,\"De helft\":1},\"correctOptions\":[\"Een kwart\"],\"correctPercent\":75}";
    static final String POLL_VIEW =
            "{\"id\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"eventId\":\"6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33\","
                    + "\"question\":\"Hoe vitaal voel jij je deze maand?\",\"type\":\"scale\",\"options\":[],\"scaleMin\":1,\"scaleMax\":10,\"status\":\"open\",\"joinCode\":\"K7M3QD\"}";
    static final String RESULTS =
            "{\"pollId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"status\":\"open\",\"counted\":5,\"minimumRespondents\":4,"
                    + "\"shown\":true,\"counting\":\"" + PollResults.COUNTING
                    + "\",\"counts\":{\"6\":2,\"7\":2,\"8\":1},\"mean\":6.80}";
    static final String WITHHELD =
            "{\"pollId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"status\":\"open\",\"counted\":0,\"minimumRespondents\":4,"
                    + "\"shown\":false,\"counting\":\"" + PollResults.COUNTING + "\",\"counts\":{}}";

    private PollExamples() {}
}
