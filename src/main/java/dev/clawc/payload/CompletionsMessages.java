package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.Route.Where;

/**
 * The {@code messages} of an {@code openai-completions} request: the system prompt (role {@code developer} for
 * reasoning models where the endpoint takes it), the prompt and, on later releases, the internal context; laid out
 * as the release's {@code completionsSystemLayout} says, with the cache markers of the route's plan.
 */
final class CompletionsMessages {

    private CompletionsMessages() {
    }

    static ArrayNode build(CompletionsRoute r, CompletionsModel model, CompletionsCompat compat, boolean tools, FieldNotes notes) {
        String role = model.reasoning() && compat.developerRole() ? "developer" : "system";
        ArrayNode messages = NativePayloadData.NODES.arrayNode();
        ObjectNode system = messages.addObject().put("role", role);
        ObjectNode user = messages.addObject().put("role", "user");
        notes.add("/messages/0/role", role.equals("developer") ? "reasoning models get the `developer` role on this endpoint"
                : "the system prompt goes in a `system` message" + (model.reasoning() ? " (this endpoint takes no `developer` role)" : ""));
        if ("stable-dynamic".equals(r.profile().completionsSystemLayout())) {
            stableDynamic(r, role, system, user, notes);
            if (tools) {
                messages.addObject().put("role", "user").putArray("content").addObject().put("type", "text")
                        .put("text", "<text:user:internal-context>");
                notes.add("/messages/2", r.release() + " sends its internal context as a separate user message after the prompt");
            }
        } else {
            singleBlock(r, role, system, user, notes);
        }
        return messages;
    }

    /** With cache markers the system prompt splits at the cache boundary; without, the Runtime line moves into the prompt. */
    private static void stableDynamic(CompletionsRoute r, String role, ObjectNode system, ObjectNode user, FieldNotes notes) {
        Route route = r.route();
        if (!route.cache().sendsMarkers()) {
            system.put("content", "<text:" + role + ":stable+dynamic>");
            boolean runtime = r.profile().promptRuntimeLine();
            user.put("content", runtime ? "<text:user:prompt+runtime>" : "<text:user:prompt>");
            notes.add("/messages/0/content", "no cache markers on this route, so the system prompt is one plain string"
                    + (runtime ? " and the Runtime line moves into the prompt" : "")
                    + (route.cache().reasons().isEmpty() ? "" : ": " + String.join("; ", route.cache().reasons())));
            return;
        }
        ArrayNode parts = system.putArray("content");
        ObjectNode stable = parts.addObject().put("type", "text").put("text", "<text:" + role + ":stable>");
        ObjectNode sysMarker = CacheControl.at(route, Where.SYSTEM);
        if (sysMarker != null) {
            stable.set("cache_control", sysMarker);
            notes.add("/messages/0/content/0/cache_control", r.cacheWhy(sysMarker));
        }
        parts.addObject().put("type", "text").put("text", "<text:" + role + ":dynamic>");
        notes.add("/messages/0/content", "with cache markers the system prompt is split at OpenClaw's cache boundary:"
                + " a stable block (cached) and a per-turn block");
        markedPrompt(r, user, notes);
    }

    /** Plain-prompt releases print the cache boundary inside one block; older ones have none. */
    private static void singleBlock(CompletionsRoute r, String role, ObjectNode system, ObjectNode user, FieldNotes notes) {
        Route route = r.route();
        boolean plainPrompt = "plain-prompt".equals(r.profile().completionsSystemLayout());
        String systemText = plainPrompt ? "<text:" + role + ":stable+dynamic>" : "<text:" + role + ">";
        ObjectNode sysMarker = CacheControl.at(route, Where.SYSTEM);
        if (sysMarker != null) {
            ObjectNode part = system.putArray("content").addObject().put("type", "text").put("text", systemText);
            part.set("cache_control", sysMarker);
            notes.add("/messages/0/content/0/cache_control", r.cacheWhy(sysMarker));
        } else {
            system.put("content", systemText);
        }
        if (plainPrompt) {
            user.put("content", "<text:user:prompt>");
            notes.add("/messages/1/content", r.release() + " sends the prompt as a plain string"
                    + (CacheControl.at(route, Where.LAST_USER) != null ? ", so it carries no cache marker" : ""));
        } else {
            markedPrompt(r, user, notes);
        }
    }

    /** The prompt as a text part, with the plan's last-user marker. */
    private static void markedPrompt(CompletionsRoute r, ObjectNode user, FieldNotes notes) {
        ObjectNode prompt = user.putArray("content").addObject().put("type", "text").put("text", "<text:user:prompt>");
        ObjectNode userMarker = CacheControl.at(r.route(), Where.LAST_USER);
        if (userMarker != null) {
            prompt.set("cache_control", userMarker);
            notes.add("/messages/1/content/0/cache_control", r.cacheWhy(userMarker));
        }
    }
}
