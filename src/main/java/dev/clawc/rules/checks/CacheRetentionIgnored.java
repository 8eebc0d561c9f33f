package dev.clawc.rules.checks;

import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A {@code cacheRetention} that the target release does not apply on the route it is written for:
 * OpenRouter {@code anthropic/*} models before 2026.6.1 (markers are sent whatever it says), any
 * provider but {@code anthropic} on the oldest releases, and routes with no prompt caching to tune.
 * The user believes caching is off (or long) and it is not.
 */
@RuleInfo(id = "cache-retention-ignored", severity = Severity.WARNING, category = RuleCategory.REQUEST,
        summary = "`cacheRetention` is set where the target OpenClaw release ignores it on that route.")
public final class CacheRetentionIgnored implements Rule {

    @Override
    public void check(RuleContext context) {
        RoutePlanner planner = new RoutePlanner(context.config(), context.env());
        Set<ConfigPath> reported = new LinkedHashSet<>();
        for (Route route : planner.chains()) {
            Route.Retention retention = route.retention();
            Route.Param param = retention.param();
            boolean applied = retention.value() != null && !retention.ignored();
            if (param == null || !param.name().equals("cacheRetention") || applied || !reported.add(param.path())) {
                continue;
            }
            String written = param.value().span().text();
            var d = context.diagnostic("`cacheRetention: " + written + "` has no effect on `" + route.key() + "` with OpenClaw "
                            + context.version())
                    .at(param.value().span(), "ignored on this route")
                    .path(param.path());
            String version = context.config().profile().version().toString();
            var honouredFrom = context.config().profile().firstWith("openrouterAnthropicCacheIgnoresRetention", false);
            boolean proxy = route.customBaseUrl() && !"openrouter".equals(route.endpointClass());
            boolean claude = route.upstreamId() != null && route.upstreamId().toLowerCase(java.util.Locale.ROOT).contains("claude");
            var profile = context.config().profile();
            String compatSince = String.valueOf(profile.firstWith("cacheControlFormatCompat", true));
            boolean openrouterId = route.provider().equals("openrouter") && route.upstreamId() != null
                    && route.upstreamId().startsWith("anthropic/");
            if (retention.ignored() && openrouterId && proxy) {
                d.note("`" + route.provider() + "` points at `" + route.host() + "`, a proxy rather than OpenRouter, but OpenClaw "
                        + version + " treats every `anthropic/*` model of provider id `openrouter` as OpenRouter's and does not read"
                        + " `cacheRetention` there");
                d.help("give the proxy its own provider id (for example `litellm`) so OpenClaw stops treating it as OpenRouter"
                        + (profile.cacheControlFormatCompat()
                                ? ", and set `compat.cacheControlFormat: \"anthropic\"` on its model row if the proxy passes `cache_control` through"
                                : "; from OpenClaw " + compatSince + " a model row's `compat.cacheControlFormat: \"anthropic\"` sends"
                                        + " markers that follow `cacheRetention` through such a proxy"));
            } else if (retention.ignored() && openrouterId) {
                d.note("OpenClaw " + version + " adds `cache_control` to every OpenRouter `anthropic/*` request and does not read"
                        + " `cacheRetention` there; releases from " + honouredFrom + " honour it");
                d.help("upgrade OpenClaw to " + honouredFrom + " or later, or route the model through a custom provider id whose base URL is"
                        + " OpenRouter's (no markers are added for other provider ids)");
            } else if (profile.retentionOnlyForAnthropicProvider() && !route.provider().equals("anthropic")) {
                var passedFrom = profile.firstWith("retentionOnlyForAnthropicProvider", false);
                d.note("OpenClaw " + version + " passes `cacheRetention` to the model transport only for provider `anthropic`;"
                        + " on `" + route.provider() + "` the transport's default applies"
                        + ("anthropic-messages".equals(route.api()) ? " (the Anthropic Messages transport marks every request)" : ""));
                if ("anthropic-messages".equals(route.api())) {
                    d.help("releases from " + passedFrom + " pass it to every Anthropic Messages provider; on " + version
                            + " the setting cannot change what `" + route.provider() + "` sends");
                } else if ("openai-completions".equals(route.api()) && claude) {
                    d.help("an OpenAI-compatible proxy gets cache markers only from OpenClaw " + compatSince + " on, with a model row's"
                            + " `compat.cacheControlFormat: \"anthropic\"`; `cacheRetention` then applies");
                } else {
                    d.help("remove the setting, or move it to the model it was meant for");
                }
            } else if ("openai-completions".equals(route.api()) && claude) {
                d.note("on an OpenAI-compatible route OpenClaw sends Anthropic `cache_control` markers only when the model's"
                        + " `compat.cacheControlFormat` is `\"anthropic\"`, which it detects by itself only for OpenRouter, DeepInfra and"
                        + " Qwen routes; `" + route.provider() + "`" + (route.host() == null ? "" : " (`" + route.host() + "`)")
                        + " is none of them, so no cache options are sent and `cacheRetention` changes nothing");
                if (profile.cacheControlFormatCompat()) {
                    d.help("if this proxy (LiteLLM or similar) forwards to Anthropic and passes `cache_control` through, add"
                            + " `compat: { cacheControlFormat: \"anthropic\" }` to the model's row in `models.providers."
                            + route.provider() + ".models`; `cacheRetention` then applies");
                } else {
                    d.help("OpenClaw " + version + " cannot send cache markers through this route; from " + compatSince + " a model"
                            + " row's `compat.cacheControlFormat: \"anthropic\"` does, and `cacheRetention` then applies");
                }
                d.help("otherwise remove the setting");
            } else {
                d.note("prompt caching on `" + route.provider() + "` (" + (route.api() == null ? "unknown API" : route.api())
                        + ") is not something OpenClaw tunes with `cacheRetention`: no cache options are sent");
                d.help("remove the setting, or move it to the model it was meant for");
            }
            context.report(d);
        }
    }
}
