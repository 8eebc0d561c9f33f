package dev.clawc.rules.checks;

import dev.clawc.config.CustomProvider;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.DidYouMean;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * An {@code api} (on a provider under {@code models.providers} or on one of its model rows) that is
 * not one of the wire protocols OpenClaw implements. {@code config validate} rejects the file, and a
 * gateway that starts anyway skips the provider, so every ref to it fails. The legacy {@code "openai"}
 * is what {@code openclaw doctor --fix} rewrites to {@code openai-completions}; we offer the same.
 * Facts §5.2 (enum of 2026.9.6, {@code ModelApiSchema} in {@code dist/zod-schema.core-*.mjs}).
 */
@RuleInfo(id = "unknown-api", severity = Severity.ERROR, category = RuleCategory.PROVIDER, refusing = true, supersedesSchema = true,
        summary = "A provider or model `api` that is not a protocol OpenClaw implements.")
public final class UnknownApi implements Rule {

    /** The `api` enum of OpenClaw 2026.9.6. */
    static final List<String> APIS = List.of("openai-completions", "openai-responses", "openai-chatgpt-responses",
            "anthropic-messages", "google-generative-ai", "google-vertex", "github-copilot", "bedrock-converse-stream",
            "ollama", "pi-messages", "azure-openai-responses");

    /** Names people write for a protocol, mapped to its id. "openai" is the one doctor --fix migrates. */
    private static final Map<String, String> LEGACY = Map.of(
            "openai", "openai-completions",
            "anthropic", "anthropic-messages");

    @Override
    public void check(RuleContext context) {
        for (CustomProvider provider : context.config().providers().values()) {
            Json5Object body = provider.body();
            if (body == null) {
                continue;
            }
            checkApi(context, body.get("api"), provider.path().key("api"), "provider `" + provider.id() + "`");
            Json5Array rows = provider.models();
            if (rows == null) {
                continue;
            }
            int index = 0;
            for (Json5Value row : rows.elements()) {
                if (row instanceof Json5Object rowObject) {
                    ConfigPath rowPath = provider.path().key("models").index(index);
                    String id = dev.clawc.config.Nodes.string(rowObject.get("id"));
                    checkApi(context, rowObject.get("api"), rowPath.key("api"), id == null ? "model row `" + rowPath + "`"
                            : "model `" + id + "` of provider `" + provider.id() + "`");
                }
                index++;
            }
        }
    }

    private static void checkApi(RuleContext context, Json5Value value, ConfigPath path, String owner) {
        if (!(value instanceof Json5String api) || APIS.contains(api.value())) {
            return;
        }
        String written = api.value();
        String legacy = LEGACY.get(written.trim().toLowerCase(java.util.Locale.ROOT));
        String suggestion = legacy != null ? legacy : DidYouMean.closest(written, APIS);
        var d = context.diagnostic("unknown `api` `" + written + "` for " + owner)
                .at(api.span(), suggestion == null ? "not a protocol OpenClaw implements"
                        : "openai".equals(written) ? "the old name of `" + suggestion + "`" : "did you mean `" + suggestion + "`?")
                .path(path)
                .note("`config validate` rejects the file; a gateway that starts anyway skips a provider or model whose `api`"
                        + " it does not know, so refs to it fail to resolve")
                .note("OpenClaw " + context.version() + " implements: " + String.join(", ", APIS));
        if ("openai".equals(written)) {
            d.note("`\"openai\"` is the old name of the OpenAI-compatible Chat Completions protocol; `openclaw doctor --fix`"
                    + " rewrites it to `openai-completions`");
        }
        if (suggestion != null) {
            d.help("write `" + suggestion + "`");
            if (!api.span().text().contains("${")) { // a value from ${VAR} is fixed in the environment, not here
                d.fix(Fix.replace("write `" + suggestion + "`", api.span(), quoted(api, suggestion)));
            }
        } else {
            d.help("use `openai-completions` for an OpenAI-compatible server (`/v1/chat/completions`),"
                    + " `anthropic-messages` for an Anthropic-compatible one");
        }
        context.report(d);
    }

    /** The text as a string literal in the quote style the node was written in. */
    static String quoted(Json5String node, String text) {
        char quote = node.span().text().startsWith("'") ? '\'' : '"';
        return quote + text + quote;
    }
}
