package dev.clawc.rules.checks;

import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ModelInfo;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.diag.Severity;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Caching asked for explicitly ({@code cacheRetention: "short"|"long"}) on a model whose minimum
 * cacheable prefix is large (4,096 tokens and up):
 * prompts shorter than that are processed uncached with no error, so the markers buy nothing and the
 * cache-hit rate reads 0%.
 */
@RuleInfo(id = "cache-below-minimum", severity = Severity.INFO, category = RuleCategory.REQUEST,
        summary = "Explicit caching on a model whose minimum cacheable prompt makes cache hits unlikely.")
public final class CacheBelowMinimum implements Rule {
    /** From this many tokens on, a typical agent turn's stable prefix may well be shorter. */
    static final int THRESHOLD = 4096;

    @Override
    public void check(RuleContext context) {
        RoutePlanner planner = new RoutePlanner(context.config(), context.env());
        Set<String> reported = new LinkedHashSet<>();
        for (Route route : planner.chains()) {
            // only where caching was asked for explicitly: the default markers on every Claude call are not a choice
            boolean explicit = route.retention().param() != null && !route.retention().ignored()
                    && ("short".equals(route.retention().value()) || "long".equals(route.retention().value()));
            if (!route.cache().sendsMarkers() || route.slot() == null || !explicit) {
                continue;
            }
            ModelInfo info = ModelCatalog.bundled().find(route.provider(), route.upstreamId());
            if (info == null || info.minCacheTokens() == null || info.minCacheTokens() < THRESHOLD
                    || !reported.add(route.slot().path().toString())) {
                continue;
            }
            context.report(context.diagnostic("`" + route.key() + "` caches only prompts of at least "
                            + String.format("%,d", info.minCacheTokens()) + " tokens")
                    .at(route.slot().node().span(), "cache markers are sent, but short prompts are not cached")
                    .path(route.slot().path())
                    .note("a prompt prefix shorter than the model's minimum is processed without caching and without an"
                            + " error; OpenClaw's stable system prompt plus tools may fall short, so cache hits stay at 0%")
                    .help("if cache reads stay at zero, set `cacheRetention: \"none\"` for this model to stop paying for cache"
                            + " writes, or use a model with a lower minimum"));
        }
    }
}
