package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A representative tool list for chat-completions requests. The real list depends on the machine
 * (browser, plugins, the model's input types), so only its presence and the position of a cache
 * marker are meaningful; the names follow what the captured releases sent.
 */
final class CompletionsTools {
    /** 2026.2.6 (pi-ai era): a fixed list in registration order. */
    private static final List<String> SINGLE_LAYOUT = List.of("read", "edit", "write", "exec", "process", "browser", "canvas",
            "nodes", "cron", "message", "tts", "gateway", "agents_list", "sessions_list", "sessions_history", "sessions_send",
            "sessions_spawn", "session_status", "web_search", "web_fetch", "memory_search", "memory_get");

    /** 2026.9.6: sorted by name for prompt-cache stability; image tools only for models that take images. */
    private static final List<String> SORTED_TEXT = List.of("apply_patch", "edit", "exec", "ls", "openclaw", "process", "read",
            "sessions_yield", "tool_call", "tool_describe", "tool_search", "write");
    private static final List<String> IMAGE_ONLY = List.of("computer", "view_image");

    private CompletionsTools() {
    }

    /** Tool names for a request: the old fixed list, or the sorted list (with image tools when the model takes images). */
    static List<String> names(boolean sortedLayout, boolean imageInput) {
        if (!sortedLayout) {
            return SINGLE_LAYOUT;
        }
        List<String> names = new ArrayList<>(SORTED_TEXT);
        if (imageInput) {
            names.addAll(IMAGE_ONLY);
        }
        names.sort(String::compareTo);
        return names;
    }

    /**
     * The {@code tools} array: {@code {type: "function", function: {name, description, parameters[, strict]}}}
     * with a {@code cache_control} object on the last tool when {@code lastToolMarker} is non-null.
     */
    static ArrayNode build(List<String> names, boolean strictFalse, ObjectNode lastToolMarker) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode tools = f.arrayNode();
        for (String name : names) {
            ObjectNode tool = tools.addObject();
            tool.put("type", "function");
            ObjectNode fn = tool.putObject("function");
            fn.put("name", name);
            fn.put("description", "<text:tool-description>");
            fn.put("parameters", "<schema>");
            if (strictFalse) {
                fn.put("strict", false);
            }
        }
        if (lastToolMarker != null && !tools.isEmpty()) {
            ((ObjectNode) tools.get(tools.size() - 1)).set("cache_control", lastToolMarker);
        }
        return tools;
    }
}
