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
            if (retention.ignored()) {
                d.note("OpenClaw " + version + " adds `cache_control` to every OpenRouter `anthropic/*` request and does not read"
                        + " `cacheRetention` there; releases from " + honouredFrom + " honour it");
                d.help("upgrade OpenClaw to " + honouredFrom + " or later, or route the model through a custom provider id whose base URL is"
                        + " OpenRouter's (no markers are added for other provider ids)");
            } else if (context.config().profile().retentionOnlyForAnthropicProvider() && !route.provider().equals("anthropic")) {
                d.note("OpenClaw " + version + " passes `cacheRetention` to the model transport only for provider `anthropic`;"
                        + " on `" + route.provider() + "` the transport's default applies");
            } else {
                d.note("prompt caching on `" + route.provider() + "` (" + (route.api() == null ? "unknown API" : route.api())
                        + ") is not something OpenClaw tunes with `cacheRetention`: no cache options are sent");
                d.help("remove the setting, or move it to the model it was meant for");
            }
            context.report(d);
        }
    }
}
