package nl.opleidingsklimaat.platform.idempotency;

import java.util.Map;

/** The first response to a key: replayed as it was, with {@code Idempotent-Replayed: true}. */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {}
