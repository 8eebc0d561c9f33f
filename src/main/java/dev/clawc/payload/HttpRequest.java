package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * One predicted HTTP request, in the normalized form of the oracle captures (shared/oracle/README.md):
 * header names lower-case and sorted, credentials as {@code Bearer <auth>} / {@code <auth>}, versions
 * in user agents as {@code <v>}, runtime text and schemas as placeholders ({@code <text:system:stable>},
 * {@code <schema>}), session-scoped ids as {@code <id:KEY>}.
 */
public record HttpRequest(String method, String url, Map<String, String> headers, ObjectNode body) {

    public HttpRequest {
        headers = new TreeMap<>(headers);
    }
}
