package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.Failover;
import dev.clawc.config.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * The request a fallback model receives once the models before it in its agent's chain failed: the first-turn
 * request with the user turn the release rebuilds for a retry (switch {@code failoverRetryPrompt}), and which
 * failures of the earlier models lead to it at all ({@link Failover}).
 */
public final class FailoverRequests {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String PROMPT_KIND = "<text:user:prompt";

    private FailoverRequests() {
    }

    /** {@code firstTurns[i]} explains {@code chain[i]}; returns them with each fallback's failover turn attached. */
    public static List<Explanation> attach(ConfigModel config, List<Route> chain, List<Explanation> firstTurns) {
        List<Explanation> out = new ArrayList<>(firstTurns);
        for (int i = 1; i < chain.size() && i < firstTurns.size(); i++) {
            out.set(i, firstTurns.get(i).withFailover(turn(config, chain, i, firstTurns.get(i))));
        }
        return out;
    }

    private static Explanation.FailoverTurn turn(ConfigModel config, List<Route> chain, int at, Explanation firstTurn) {
        Route target = chain.get(at);
        List<String> reachedOn = new ArrayList<>();
        String skippedBy = null;
        for (int j = 0; j < at; j++) {
            for (Failover.Failure failure : List.of(Failover.Failure.BAD_REQUEST, Failover.Failure.RATE_LIMIT, Failover.Failure.SERVER_ERROR)) {
                Failover.Outcome outcome = Failover.after(config, chain, chain.get(j), failure);
                if (outcome.rescuer() != null && same(outcome.rescuer(), target)) {
                    reachedOn.add(failure.label() + " of `" + chain.get(j).key() + "`");
                } else if (outcome.skipped().stream().anyMatch(r -> same(r, target)) && outcome.policy() != null) {
                    skippedBy = outcome.policy().describe();
                }
            }
        }
        String release = "OpenClaw " + config.profile().version();
        if (reachedOn.isEmpty()) {
            String why = skippedBy != null
                    ? release + " tries only fallbacks listed in " + skippedBy + ", which does not list `" + target.key() + "`"
                    : release + " falls over to `" + target.key() + "` on none of HTTP 400, 429 or 500 of the models before it";
            return new Explanation.FailoverTurn(List.of(), why, null, List.of());
        }
        if (firstTurn.request() == null) {
            return new Explanation.FailoverTurn(List.copyOf(reachedOn), null, null, List.of());
        }
        List<Explanation.FieldNote> notes = new ArrayList<>();
        ObjectNode body = firstTurn.request().body().deepCopy();
        rebuildUserTurn(body, config.profile().failoverRetryPrompt(), release, notes);
        HttpRequest request = new HttpRequest(firstTurn.request().method(), firstTurn.request().url(),
                firstTurn.request().headers(), body);
        return new Explanation.FailoverTurn(List.copyOf(reachedOn), null, request, List.copyOf(notes));
    }

    private static boolean same(Route a, Route b) {
        return a == b || a.slot() != null && b.slot() != null && a.slot().path().equals(b.slot().path());
    }

    /** The body field holding the conversation turns: `messages`, Responses `input` or Gemini `contents`; else null. */
    public static String turnList(JsonNode body) {
        for (String field : new String[] {"messages", "input", "contents"}) {
            if (body.has(field)) {
                return field;
            }
        }
        return null;
    }

    /** Rewrites the body's turn list the way the release retries on a fallback model. */
    static void rebuildUserTurn(ObjectNode body, String layout, String release, List<Explanation.FieldNote> notes) {
        String container = turnList(body);
        if (container == null || !(body.get(container) instanceof ArrayNode items)) {
            return;
        }
        int prompt = -1;
        for (int i = 0; i < items.size() && prompt < 0; i++) {
            String text = text(items.get(i));
            if (text != null && text.startsWith(PROMPT_KIND)) {
                prompt = i;
            }
        }
        if (prompt < 0) {
            return;
        }
        JsonNode original = items.get(prompt);
        String kind = text(original).substring("<text:user:".length(), text(original).length() - 1);
        String field = "/" + container + "/" + (prompt + 1);
        switch (layout) {
            case "same-prompt" -> notes.add(new Explanation.FieldNote("/" + container + "/" + prompt,
                    release + " sends the fallback the same prompt again; the failed attempt is not in its context"));
            case "note-after-prompt" -> {
                items.insert(prompt + 1, noteItem(original, "<text:user:retry-note>", container));
                notes.add(new Explanation.FieldNote(field, release + " keeps the prompt and adds OpenClaw's note that the previous"
                        + " model attempt failed (\"Continue where you left off ...\") as a user message after it"));
            }
            case "note-on-repeat" -> {
                ObjectNode repeat = original.deepCopy();
                setText(repeat, "<text:user:retry+" + kind + ">");
                dropCacheMarkers(repeat);
                items.insert(prompt + 1, repeat);
                notes.add(new Explanation.FieldNote(field, release + " keeps the prompt and sends it again with the note"
                        + " \"[Retry after the previous model attempt failed or timed out]\" in front"));
            }
            case "repeat-then-note" -> {
                items.insert(prompt + 1, original.deepCopy());
                items.insert(prompt + 2, noteItem(original, "<text:user:retry-note>", container));
                notes.add(new Explanation.FieldNote(field, release + " repeats the prompt, then adds the note that the previous"
                        + " model attempt failed as a user message of its own"));
            }
            case "note-prefixed" -> {
                setText(items.get(prompt), "<text:user:retry+" + kind + ">");
                notes.add(new Explanation.FieldNote("/" + container + "/" + prompt, release + " puts the note"
                        + " \"[Retry after the previous model attempt failed or timed out]\" in front of the prompt (one user message)"));
            }
            default -> throw new IllegalStateException("unknown failoverRetryPrompt layout " + layout);
        }
    }

    /** A user item holding only {@code text}, shaped like the prompt's item as a one-part list, without cache markers. */
    private static ObjectNode noteItem(JsonNode prompt, String text, String container) {
        ObjectNode item = prompt.deepCopy();
        if (item.has("parts")) {
            ArrayNode parts = item.putArray("parts");
            parts.addObject().put("text", text);
            return item;
        }
        JsonNode content = prompt.get("content");
        ObjectNode part = F.objectNode();
        if (content instanceof ArrayNode list && !list.isEmpty() && list.get(0).has("type")) {
            part.put("type", list.get(0).get("type").asText());
        } else {
            part.put("type", container.equals("input") ? "input_text" : "text");
        }
        part.put("text", text);
        item.putArray("content").add(part);
        return item;
    }

    private static void dropCacheMarkers(JsonNode item) {
        JsonNode content = item.has("content") ? item.get("content") : item.get("parts");
        if (content != null && content.isArray()) {
            for (JsonNode part : content) {
                if (part instanceof ObjectNode o) {
                    o.remove("cache_control");
                }
            }
        }
    }

    private static String text(JsonNode item) {
        JsonNode content = item.has("content") ? item.get("content") : item.get("parts");
        if (content == null) {
            return null;
        }
        if (content.isTextual()) {
            return content.asText();
        }
        for (JsonNode part : content) {
            if (part.has("text") && part.get("text").isTextual()) {
                return part.get("text").asText();
            }
        }
        return null;
    }

    private static void setText(JsonNode item, String text) {
        ObjectNode o = (ObjectNode) item;
        String field = o.has("content") ? "content" : "parts";
        JsonNode content = o.get(field);
        if (content.isTextual()) {
            o.put(field, text);
            return;
        }
        for (JsonNode part : content) {
            if (part.has("text") && part.get("text").isTextual()) {
                ((ObjectNode) part).put("text", text);
                return;
            }
        }
    }
}
