package dev.clawc.payload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The margin notes of one request, in the order they were first written: one note per field, a later reason for
 * the same field appended after "; ". A null or blank reason is dropped (a step that has nothing to say passes null).
 */
final class FieldNotes {
    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            return;
        }
        byField.merge(field, reason, (earlier, later) -> earlier + "; " + later);
    }

    List<Explanation.FieldNote> list() {
        return byField.entrySet().stream().map(e -> new Explanation.FieldNote(e.getKey(), e.getValue())).toList();
    }
}
