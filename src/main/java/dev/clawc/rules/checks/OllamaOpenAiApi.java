package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.Locale;

/**
 * An Ollama server reached through its OpenAI-compatible {@code /v1} API ({@code api: "openai-completions"} or
 * {@code "openai-responses"}, written or implied by a custom provider) instead of OpenClaw's native Ollama client
 * ({@code api: "ollama"}, which talks to {@code /api/chat}). Chat works, but tool calls do not come back as
 * structured calls: the model's tool-call JSON reaches the chat as plain text. An Ollama server is recognised by
 * its port (11434) or by {@code ollama} in the provider id with a {@code /v1} base URL. OpenClaw's own Ollama docs
 * warn against this set-up (openclaw/openclaw#21243, #28709); its Ollama client drops a trailing {@code /v1} from
 * the base URL itself.
 */
@RuleInfo(id = "ollama-openai-api", severity = Severity.WARNING, category = RuleCategory.PROVIDER,
        summary = "An Ollama server configured with an OpenAI-compatible `api` instead of `api: \"ollama\"` (tool calls break).")
public final class OllamaOpenAiApi implements Rule {

    static final int OLLAMA_PORT = 11434;

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (CustomProvider provider : config.providers().values()) {
            Json5Object body = provider.body();
            if (body == null || !(body.get("baseUrl") instanceof Json5String baseUrl)) {
                continue;
            }
            String written = provider.api();
            String api = BaseUrlShape.effectiveApi(config, provider.id(), written);
            if (!"openai-completions".equals(api) && !"openai-responses".equals(api)) {
                continue;
            }
            BaseUrlShape.Url url = BaseUrlShape.Url.parse(baseUrl.value());
            if (url == null || !isOllama(provider.id(), url)) {
                continue;
            }
            String nativeBase = url.origin() + url.path().replaceAll("/v1$", "");
            Json5Value apiNode = body.get("api");
            var d = context.diagnostic("provider `" + provider.id() + "` reaches Ollama through its OpenAI-compatible API;"
                    + " tool calls come back as plain text")
                    .path(provider.path().key(apiNode != null ? "api" : "baseUrl"))
                    .note("over Ollama's `/v1` endpoint the model's tool calls are not returned as structured calls, so"
                            + " OpenClaw passes the tool-call JSON to the chat as a message and runs no tool; OpenClaw's native"
                            + " Ollama client (`api: \"ollama\"`, Ollama's `/api/chat`) returns them as calls")
                    .help("use the native client: `api: \"ollama\"` with `baseUrl: \"" + nativeBase + "\"` (no `/v1`)");
            if (apiNode instanceof Json5String apiText) {
                d.at(apiText.span(), "OpenAI-compatible protocol");
                d.label(baseUrl.span(), url.port() == OLLAMA_PORT ? "Ollama's port" : "Ollama's OpenAI-compatible path");
            } else {
                d.at(baseUrl.span(), "no `api`: a custom provider defaults to `openai-completions`");
            }
            context.report(d);
        }
    }

    private static boolean isOllama(String providerId, BaseUrlShape.Url url) {
        if (url.port() == OLLAMA_PORT) {
            return true;
        }
        return providerId.toLowerCase(Locale.ROOT).contains("ollama") && url.path().endsWith("/v1")
                && !BaseUrlShape.OPENAI_ROOTS.containsKey(url.host());
    }
}
