package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An OpenRouter model list in the format of {@code GET https://openrouter.ai/api/v1/models}. OpenClaw
 * 2026.9.6 takes token limits, reasoning and tool support from it; clawc reads it from a file
 * ({@code --openrouter-models FILE}) because it never calls the network.
 */
public final class OpenRouterModels {
    private final Map<String, JsonNode> byId;

    private OpenRouterModels(Map<String, JsonNode> byId) {
        this.byId = byId;
    }

    public static OpenRouterModels read(Path file) throws IOException {
        if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isRegularFile(file)) {
            throw new IOException("not a regular file (a pipe, device or directory)"); // opening a FIFO would block
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode model : root.path("data")) {
            byId.put(model.path("id").asText(), model);
        }
        return new OpenRouterModels(byId);
    }

    /** The entry for a model id (e.g. {@code anthropic/claude-sonnet-4}), or null. */
    public JsonNode find(String id) {
        return byId.get(id);
    }
}
