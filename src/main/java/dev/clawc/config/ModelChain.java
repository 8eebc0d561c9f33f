package dev.clawc.config;

import dev.clawc.diag.ConfigPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {primary, fallbacks} chain as written: {@code agents.defaults.model}, an agent's {@code model},
 * {@code imageModel}, {@code subagents.model}, ... built from {@link ConfigModel#slots()}. {@code primary}
 * is null when the chain sets no (non-blank) primary.
 *
 * @param chat true for the chat chain ({@code model}), where OpenClaw builds the candidate list with
 *             {@code resolveFallbackCandidatesUncached}
 */
public record ModelChain(String agentId, String name, ConfigPath path, boolean chat, Slot primary, List<Slot> fallbacks) {

    /** Every chain of the config that has at least one slot, in slot order. */
    public static List<ModelChain> all(ConfigModel config) {
        return config.memo("ModelChain.all", () -> List.copyOf(compute(config)));
    }

    private static List<ModelChain> compute(ConfigModel config) {
        Map<List<Object>, List<Slot>> groups = new LinkedHashMap<>();
        for (Slot slot : config.slots()) {
            String name = baseName(slot.name());
            if (name == null) {
                continue;
            }
            groups.computeIfAbsent(List.of(Objects.toString(slot.agentId()), name, chainPath(slot)), k -> new ArrayList<>()).add(slot);
        }
        List<ModelChain> out = new ArrayList<>();
        for (List<Slot> slots : groups.values()) {
            Slot first = slots.get(0);
            Slot primary = null;
            List<Slot> fallbacks = new ArrayList<>();
            for (Slot slot : slots) {
                if (slot.fallbackIndex() >= 0) {
                    fallbacks.add(slot);
                } else {
                    primary = slot;
                }
            }
            boolean chat = first.kind() != Slot.Kind.OTHER;
            out.add(new ModelChain(first.agentId(), baseName(first.name()), chainPath(first), chat, primary, fallbacks));
        }
        return out;
    }

    /** The chat chain of agents.defaults (agentId null) or of one agent, or null when it sets nothing. */
    public static ModelChain chat(ConfigModel config, String agentId) {
        for (ModelChain chain : all(config)) {
            if (chain.chat() && Objects.equals(chain.agentId(), agentId)) {
                return chain;
            }
        }
        return null;
    }

    /** "model" for "model.primary", "model.fallbacks[2]" and "model"; null for slots that are not chains. */
    private static String baseName(String slotName) {
        int primary = slotName.lastIndexOf(".primary");
        if (primary >= 0 && primary + ".primary".length() == slotName.length()) {
            return slotName.substring(0, primary);
        }
        int fallbacks = slotName.lastIndexOf(".fallbacks[");
        if (fallbacks >= 0) {
            return slotName.substring(0, fallbacks);
        }
        return slotName;
    }

    private static ConfigPath chainPath(Slot slot) {
        ConfigPath path = slot.path();
        if (slot.fallbackIndex() >= 0) {
            return path.parent().parent();
        }
        return "primary".equals(path.lastKey()) ? path.parent() : path;
    }
}
