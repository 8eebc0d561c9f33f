package dev.clawc.rules.checks;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.Failover;
import dev.clawc.config.Failover.Failure;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.config.VersionProfile;
import java.util.List;

/**
 * The note a rule adds when it predicts that a chat model's request fails: whether the chosen release falls over
 * to another model of the chain, so the turn is still answered, or the user sees the error.
 */
final class FailoverNotes {

    private FailoverNotes() {
    }

    /** Whether a later model of the route's chain answers when the route's request fails this way. */
    static String rescue(ConfigModel config, RoutePlanner planner, Route failing, Failure failure) {
        VersionProfile profile = config.profile();
        String release = "OpenClaw " + profile.version();
        List<Route> chain = planner.chain(failing.agentId());
        Failover.Outcome outcome = Failover.after(config, chain, failing, failure);
        if (!outcome.failsOver()) {
            return "no fallback rescues this turn: " + release + " does not fall over to another model on " + failure.label()
                    + " (it does on rate limits" + laterReleases(profile, failure) + "), so the error reaches the user";
        }
        if (outcome.rescuer() != null) {
            return "when `" + failing.key() + "` fails, " + release + " falls over to `" + outcome.rescuer().key()
                    + "`: the turn is answered by that model, later (after the failed attempts)";
        }
        if (!outcome.skipped().isEmpty()) {
            return "no fallback rescues this turn: " + release + " tries only fallbacks listed in " + outcome.policy().describe()
                    + ", which lists none of " + keys(outcome.skipped());
        }
        return "no fallback rescues this turn: the chain has no model after `" + failing.key() + "`";
    }

    private static String keys(List<Route> routes) {
        return String.join(", ", routes.stream().map(r -> "`" + r.key() + "`").toList());
    }

    /** "; releases from 2026.4.1 fall over on HTTP 400 too" when a later release does, for a user deciding to upgrade. */
    private static String laterReleases(VersionProfile profile, Failure failure) {
        String name = failure == Failure.BAD_REQUEST ? "failoverOnBadRequest" : "failoverOnServerError";
        var from = profile.firstWith(name, true);
        return from == null ? "" : "; releases from " + from + " fall over on " + failure.label() + " too";
    }
}
