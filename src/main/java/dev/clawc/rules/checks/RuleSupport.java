package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ConfigModel.Resolution;
import dev.clawc.config.Slot;
import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import java.util.Locale;
import java.util.regex.Pattern;

/** Helpers more than one rule needs: comparing and showing model refs, naming variables, writing JSON text. */
final class RuleSupport {
    /** An environment variable name as users write them (upper snake case with at least one `_`): API_KEY, STEP_API_KEY. */
    static final Pattern ENV_VAR_NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");


    private RuleSupport() {
    }

    /**
     * What OpenClaw dedupes on: the canonical key for aliases and provider-qualified refs; for a bare
     * ref (whose provider depends on the chain) its trimmed text, so only identical bare refs compare.
     */
    static String compareKey(ConfigModel config, Slot slot) {
        Resolution resolution = config.resolve(stripProfile(slot.text()), slot.agentId());
        if (resolution == null) {
            return null;
        }
        if (resolution.via() == ConfigModel.Via.ALIAS || resolution.via() == ConfigModel.Via.EXPLICIT) {
            return "ref:" + resolution.ref().key();
        }
        return "text:" + stripProfile(slot.text()).trim();
    }

    /** "`x`" or "`alias` (`provider/model`)" for messages. */
    static String shown(ConfigModel config, Slot slot) {
        Resolution resolution = config.resolve(stripProfile(slot.text()), slot.agentId());
        String text = slot.text().trim();
        if (resolution == null || resolution.ref().key().equals(text) || resolution.via() != ConfigModel.Via.ALIAS
                && resolution.via() != ConfigModel.Via.EXPLICIT) {
            return "`" + text + "`";
        }
        return "`" + text + "` (`" + resolution.ref().key() + "`)";
    }

    static String stripProfile(String text) {
        dev.clawc.config.ModelRef ref = dev.clawc.config.ModelRefs.parse(text, null);
        if (ref == null || ref.profile() == null) {
            return text;
        }
        int at = text.lastIndexOf('@');
        return text.substring(0, at);
    }

    static Json5Value at(Json5Value root, ConfigPath path) {
        Json5Value current = root;
        for (Object segment : path.segments()) {
            if (segment instanceof Integer i) {
                current = current instanceof Json5Array a && i < a.elements().size() ? a.elements().get(i) : null;
            } else {
                current = current instanceof Json5Object o ? o.get((String) segment) : null;
            }
        }
        return current;
    }

    /** "botToken" -> "BOT_TOKEN", "my-proxy" -> "MY_PROXY". */
    static String upperSnake(String text) {
        String snake = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        return snake.isEmpty() || Character.isDigit(snake.charAt(0)) ? "_" + snake : snake;
    }

    /** An OpenRouter vendor slug (`moonshotai`, `deepseek`, `meta-llama`, ...), from rules/openrouter-vendors.json5. */
    static boolean isOpenRouterVendor(String provider) {
        return provider != null && OpenRouterModelId.vendors().slugs().contains(provider.trim().toLowerCase(Locale.ROOT));
    }

    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
