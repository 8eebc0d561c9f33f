package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.RoutePlanner;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.Nodes;
import dev.clawc.config.VersionProfile;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code baseUrl} (on a {@code models.providers} entry or one of its model rows) that the client for its
 * {@code api} turns into a URL the server does not serve. How each client builds the request URL (read in the
 * npm packages):
 * <ul>
 * <li>{@code openai-completions}: base + {@code /chat/completions}; {@code openai-responses}: base + {@code /responses}
 * (the OpenAI SDK in pi-ai; OpenClaw's own transport later): nothing is added or removed, so the base must end
 * with the server's API root ({@code /v1} for OpenAI, {@code /api/v1} for OpenRouter, {@code /openai/v1} for Groq).</li>
 * <li>{@code anthropic-messages}: base + {@code /v1/messages}; a base ending in {@code /v1} is reduced first from
 * 2026.2.23 (switch {@code anthropicBaseUrlV1Stripped}).</li>
 * <li>{@code google-generative-ai}: base + {@code /models/<id>:streamGenerateContent}, the base carrying the API
 * version; OpenClaw's fetch transport (switch {@code googleTransport}) turns the bare Google host into
 * {@code /v1beta}, the genai SDK before it does not.</li>
 * </ul>
 * Judged only where the right URL is known: a base that already ends with the path the client appends, and
 * well-known hosts whose API root is fixed.
 */
@RuleInfo(id = "base-url-shape", severity = Severity.ERROR, category = RuleCategory.PROVIDER,
        summary = "A provider `baseUrl` that the client for its `api` turns into a URL the server does not serve.")
public final class BaseUrlShape implements Rule {

    /** API root of well-known OpenAI-compatible hosts: the part of the path before `/chat/completions`. */
    static final Map<String, String> OPENAI_ROOTS = Map.ofEntries(
            Map.entry("api.openai.com", "/v1"),
            Map.entry("openrouter.ai", "/api/v1"),
            Map.entry("api.groq.com", "/openai/v1"),
            Map.entry("api.x.ai", "/v1"),
            Map.entry("api.mistral.ai", "/v1"),
            Map.entry("api.together.xyz", "/v1"),
            Map.entry("api.moonshot.ai", "/v1"),
            Map.entry("api.moonshot.cn", "/v1"),
            Map.entry("api.fireworks.ai", "/inference/v1"),
            Map.entry("api.cerebras.ai", "/v1"),
            Map.entry("integrate.api.nvidia.com", "/v1"),
            Map.entry("router.huggingface.co", "/v1"),
            Map.entry("dashscope.aliyuncs.com", "/compatible-mode/v1"),
            Map.entry("dashscope-intl.aliyuncs.com", "/compatible-mode/v1"),
            Map.entry("generativelanguage.googleapis.com", "/v1beta/openai"));

    private static final String GOOGLE_HOST = "generativelanguage.googleapis.com";

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        for (CustomProvider provider : config.providers().values()) {
            Json5Object body = provider.body();
            if (body == null) {
                continue;
            }
            String providerApi = effectiveApi(config, provider.id(), provider.api());
            check(context, provider, body.get("baseUrl"), providerApi, provider.path().key("baseUrl"));
            if (provider.models() == null) {
                continue;
            }
            int index = 0;
            for (Json5Value element : provider.models().elements()) {
                ConfigPath rowPath = provider.path().key("models").index(index++);
                if (element instanceof Json5Object row && row.get("baseUrl") != null) {
                    String rowApi = Nodes.string(row.get("api"));
                    check(context, provider, row.get("baseUrl"), rowApi != null ? rowApi : providerApi, rowPath.key("baseUrl"));
                }
            }
        }
    }

    /** The api a provider's requests use, as the route planner decides it ({@code written} when the config names one). */
    static String effectiveApi(ConfigModel config, String providerId, String written) {
        return written != null ? written : RoutePlanner.apiOf(config, providerId, null);
    }

    /** Scheme, host, port and path (no trailing slashes) of an http(s) URL without `${VAR}`, or null. */
    record Url(String origin, String host, int port, String path) {
        static Url parse(String text) {
            if (text == null || text.contains("${") || text.isBlank()) {
                return null;
            }
            try {
                URI uri = new URI(text.trim());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawQuery() != null) {
                    return null;
                }
                String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
                String origin = scheme + "://" + uri.getRawAuthority();
                return new Url(origin, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), path);
            } catch (Exception e) {
                return null;
            }
        }
    }

    private static void check(RuleContext context, CustomProvider provider, Json5Value value, String api, ConfigPath path) {
        if (!(value instanceof Json5String node) || api == null) {
            return;
        }
        Url url = Url.parse(node.value());
        if (url == null) {
            return;
        }
        VersionProfile profile = context.config().profile();
        String release = "OpenClaw " + context.version();
        String owner = "provider `" + provider.id() + "`";
        switch (api) {
            case "openai-completions", "openai-responses", "azure-openai-responses" -> {
                String appended = api.equals("openai-completions") ? "/chat/completions" : "/responses";
                if (url.path().endsWith(appended)) {
                    endpointPasted(context, node, path, owner, api, url, appended, appended);
                    return;
                }
                String root = OPENAI_ROOTS.get(url.host());
                if (root != null && !api.equals("azure-openai-responses") && isStrictPrefix(url.path(), root)) {
                    String right = url.origin() + root;
                    var d = context.diagnostic("`baseUrl` of " + owner + " lacks `" + root.substring(url.path().length())
                            + "`: requests go to `" + url.origin() + url.path() + appended + "`")
                            .at(node.span(), url.host() + " serves its OpenAI-compatible API under `" + root + "`")
                            .path(path)
                            .note("with `api: \"" + api + "\"`, " + release + " sends each request to the base URL plus `"
                                    + appended + "` and adds no version segment, so this one reaches a path " + url.host()
                                    + " does not serve (404, or an HTML page the stream parser cannot read)")
                            .help("write `" + right + "`");
                    fix(d, node, right);
                    context.report(d);
                }
            }
            case "anthropic-messages" -> {
                if (url.path().endsWith("/messages")) {
                    String cut = url.path().endsWith("/v1/messages") ? "/v1/messages" : "/messages";
                    endpointPasted(context, node, path, owner, api, url, "/v1/messages", cut);
                    return;
                }
                if (url.path().endsWith("/v1") && !profile.anthropicBaseUrlV1Stripped()) {
                    String right = url.origin() + url.path().substring(0, url.path().length() - 3);
                    var d = context.diagnostic("`baseUrl` of " + owner + " ends in `/v1`: " + release + " sends requests to `"
                            + url.origin() + url.path() + "/v1/messages` (404)")
                            .at(node.span(), "the client appends `/v1/messages` to this")
                            .path(path)
                            .note(release + "'s Anthropic client appends `/v1/messages` to the base URL, so a base that"
                                    + " already ends in `/v1` gives `/v1/v1/messages`, which Anthropic answers with 404")
                            .note("OpenClaw " + profile.firstWith("anthropicBaseUrlV1Stripped", true)
                                    + " and later drop a trailing `/v1` before appending the path")
                            .help("write `" + right + "`");
                    fix(d, node, right);
                    context.report(d);
                }
            }
            case "google-generative-ai" -> {
                int models = url.path().indexOf("/models/");
                if (models >= 0 && url.path().indexOf(':', models) > 0) {
                    String right = url.origin() + url.path().substring(0, models);
                    var d = context.diagnostic("`baseUrl` of " + owner + " holds a model endpoint; the client appends"
                            + " `/models/<id>:streamGenerateContent` itself")
                            .at(node.span(), "ends with a model's endpoint")
                            .path(path)
                            .note("with `api: \"google-generative-ai\"`, " + release + " sends each request to the base URL plus"
                                    + " `/models/<model id>:streamGenerateContent`, so this base repeats the path and every request"
                                    + " is answered with 404")
                            .help("write `" + right + "`");
                    fix(d, node, right);
                    context.report(d);
                    return;
                }
                if (url.host().equals(GOOGLE_HOST) && url.path().isEmpty() && !"fetch".equals(profile.googleTransport())) {
                    String right = url.origin() + "/v1beta";
                    var d = context.diagnostic("`baseUrl` of " + owner + " has no API version: " + release
                            + " sends requests to `" + url.origin() + "/models/<id>:streamGenerateContent` (404)")
                            .at(node.span(), "needs `/v1beta`")
                            .path(path)
                            .note(release + " makes Gemini requests with the Google GenAI SDK told that the base URL carries"
                                    + " the API version, so it appends only `/models/<model id>:streamGenerateContent`")
                            .note("OpenClaw " + profile.firstWith("googleTransport", "fetch")
                                    + " and later turn the bare Google host into `/v1beta` themselves")
                            .help("write `" + right + "`");
                    fix(d, node, right);
                    context.report(d);
                }
            }
            default -> {
            }
        }
    }

    /** The base ends with the path the client appends: the request repeats it. */
    private static void endpointPasted(RuleContext context, Json5String node, ConfigPath path, String owner, String api,
            Url url, String appended, String cut) {
        String right = url.origin() + url.path().substring(0, url.path().length() - cut.length());
        String sent = api.equals("anthropic-messages") && url.path().endsWith("/v1/messages")
                ? right + "/v1/messages/v1/messages" : url.origin() + url.path() + appended;
        var d = context.diagnostic("`baseUrl` of " + owner + " is a full endpoint; requests go to `" + sent + "`")
                .at(node.span(), "ends with `" + cut + "`, which the client appends itself")
                .path(path)
                .note("with `api: \"" + api + "\"`, OpenClaw " + context.version() + " sends each request to the base URL plus `"
                        + appended + "`, so the path is repeated and the server answers 404")
                .help("write the URL before `" + cut + "`: `" + right + "`");
        fix(d, node, right);
        context.report(d);
    }

    /** True when {@code path} is {@code root} cut short at a segment boundary (empty included). */
    static boolean isStrictPrefix(String path, String root) {
        return path.length() < root.length() && root.startsWith(path) && root.charAt(path.length()) == '/';
    }

    private static void fix(dev.clawc.diag.Diagnostic.Builder d, Json5String node, String right) {
        String raw = node.span().text();
        if (raw.length() >= 2 && !raw.contains("\\") && raw.substring(1, raw.length() - 1).equals(node.value())) {
            d.fix(Fix.replace("write `" + right + "`", node.span(), UnknownApi.quoted(node, right)));
        }
    }
}
