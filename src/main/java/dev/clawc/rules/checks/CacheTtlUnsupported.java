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
 * {@code cacheRetention: "long"} on a route where OpenClaw sends cache markers without the 1-hour
 * TTL: the cache lives 5 minutes, not an hour, and nothing says so.
 */
@RuleInfo(id = "cache-ttl-unsupported", severity = Severity.WARNING, category = RuleCategory.REQUEST,
        summary = "`cacheRetention: \"long\"` where the 1-hour cache TTL will not be sent.")
public final class CacheTtlUnsupported implements Rule {

    @Override
    public void check(RuleContext context) {
        RoutePlanner planner = new RoutePlanner(context.config(), context.env());
        Set<ConfigPath> reported = new LinkedHashSet<>();
        for (Route route : planner.chains()) {
            Route.Param param = route.retention().param();
            if (param == null || !"long".equals(route.retention().value()) || !route.cache().sendsMarkers()) {
                continue;
            }
            boolean anyTtl = route.cache().markers().stream().anyMatch(m -> "1h".equals(m.ttl()));
            if (anyTtl || !reported.add(param.path())) {
                continue;
            }
            var d = context.diagnostic("`cacheRetention: \"long\"` on `" + route.key() + "` gives 5-minute cache entries, not 1 hour")
                    .at(param.value().span(), "no `ttl: \"1h\"` is sent on this route")
                    .path(param.path())
                    .note("OpenClaw " + context.config().profile().version() + " marks this route with `cache_control:"
                            + " {type: \"ephemeral\"}` and no TTL, so the provider applies its 5-minute default");
            if (route.provider().equals("fireworks")) {
                d.help("Fireworks does not take 1-hour cache entries through OpenClaw; use `\"short\"`");
            } else {
                d.help("if the endpoint accepts 1-hour cache entries, set `compat.supportsLongCacheRetention: true` on the"
                        + " model row of `models.providers." + route.provider() + "`; otherwise use `\"short\"`");
            }
            context.report(d);
        }
    }
}
