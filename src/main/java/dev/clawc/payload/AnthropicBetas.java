package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code anthropic-beta} header of an {@code anthropic-messages} request: the transport's betas, those of the
 * options in the body, {@code params.anthropicBeta} or a configured header.
 *
 * @param list the betas in order, without repeats (empty: no header)
 * @param note why, or null
 */
record AnthropicBetas(List<String> list, String note) {
    private static final String FINE_GRAINED = "fine-grained-tool-streaming-2025-05-14";

    static AnthropicBetas decide(AnthropicInputs in, AnthropicThinking thinking, AnthropicOptions options) {
        JsonNode lib = in.common().lib();
        VersionProfile profile = in.common().profile();
        Map<String, String> modelHeaders = in.model().headers();
        List<String> configured = in.oc() ? configured(in.route()) : List.of();
        List<String> betas;
        if (!configured.isEmpty()) {
            Set<String> merged = new LinkedHashSet<>(List.of(FINE_GRAINED, "interleaved-thinking-2025-05-14"));
            merged.addAll(configured);
            betas = new ArrayList<>(merged);
        } else if (modelHeaders.containsKey("anthropic-beta")) {
            betas = new ArrayList<>(List.of(modelHeaders.get("anthropic-beta").split("\\s*,\\s*")));
        } else {
            betas = transportBetas(in, thinking, options);
        }
        if (options.contextManagement()) {
            betas.add(lib.path("contextManagementBeta").asText());
        }
        if (options.bindingControls()) {
            betas.add(lib.path("thinkingBindingBeta").asText());
        }
        if (options.fastSpeed()) {
            betas.add("fast-mode-2026-02-01");
        }
        if (!profile.anthropicFineGrainedBeta() && configured.isEmpty()) {
            betas.remove(FINE_GRAINED); // pi-ai 0.69+ streams tool input without it
        }
        betas = new ArrayList<>(new LinkedHashSet<>(betas));
        return new AnthropicBetas(betas, note(in, options, betas, !configured.isEmpty()));
    }

    /** The betas the transport itself adds (OpenClaw's later releases: only on direct requests). */
    private static List<String> transportBetas(AnthropicInputs in, AnthropicThinking thinking, AnthropicOptions options) {
        JsonNode lib = in.common().lib();
        VersionProfile profile = in.common().profile();
        List<String> betas = new ArrayList<>();
        if ((!in.oc() || in.direct() || !profile.anthropicBetasDirectOnly()) && profile.anthropicTransportBetas()) {
            betas.addAll(NativePayloadData.strings(lib.path("betas")));
            if (in.oc() && !thinking.adaptive()) {
                betas.add(lib.path("interleavedBeta").asText());
            }
            if (options.serverFallback()) {
                betas.add(lib.path("serverFallbackBeta").asText());
            }
        }
        return betas;
    }

    private static String note(AnthropicInputs in, AnthropicOptions options, List<String> betas, boolean configured) {
        VersionProfile profile = in.common().profile();
        if (betas.isEmpty()) {
            return in.oc() && !in.direct() ? "none: OpenClaw " + profile.version() + " sends implicit betas only to api.anthropic.com;"
                    + " set models.providers." + in.route().provider() + ".headers[\"anthropic-beta\"] if the endpoint needs them" : null;
        }
        return (in.oc() ? (in.direct() ? "direct Anthropic requests carry the transport's betas"
                : "OpenClaw " + profile.version() + " sends implicit betas to custom endpoints too")
                : "OpenClaw " + profile.version() + " (pi-ai) sends these betas on every Anthropic Messages request")
                + (options.contextManagement() ? "; context-management because of `context_management`" : "")
                + (options.bindingControls() ? "; thinking-binding-controls because of adaptive thinking" : "")
                + (configured ? "; merged with params.anthropicBeta" : "");
    }

    /** params.anthropicBeta (a list or comma-separated strings), without the 1M-context beta OpenClaw strips. */
    private static List<String> configured(Route route) {
        Route.Param p = route.param("anthropicBeta");
        List<String> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        List<Json5Value> values = p.value() instanceof Json5Array a ? a.elements() : List.of(p.value());
        for (Json5Value v : values) {
            if (v instanceof Json5String s) {
                for (String beta : s.value().split(",")) {
                    String b = beta.trim();
                    if (!b.isEmpty() && !b.equals("context-1m-2025-08-07")) {
                        out.add(b);
                    }
                }
            }
        }
        return out;
    }
}
