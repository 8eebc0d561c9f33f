package dev.clawc.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What a release does after one model of an agent's chat chain fails a turn: whether that kind of failure makes it
 * fall over to the next model at all, and which of the later models it may try (some releases try only fallbacks the
 * model allowlist lists). Rules use it to say whether a fallback rescues a request they predict fails; {@code explain}
 * to show the chain a failure walks.
 */
public final class Failover {

    /** The failures OpenClaw tells apart when it decides whether to fall over. */
    public enum Failure {
        BAD_REQUEST("HTTP 400"),
        SERVER_ERROR("HTTP 500"),
        RATE_LIMIT("HTTP 429");

        private final String label;

        Failure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param failsOver whether this failure makes the release try another model at all
     * @param rescuer   the first later model it tries, or null
     * @param skipped   later models it will not try (not in the allowlist, on releases that require it)
     * @param policy    the allowlist that decided {@code skipped}, or null
     */
    public record Outcome(Failure failure, boolean failsOver, Route rescuer, List<Route> skipped, ModelPolicy policy) {
    }

    private Failover() {
    }

    /** What happens when {@code failing}, one of {@code chain} (an agent's chat chain, in order), fails this way. */
    public static Outcome after(ConfigModel config, List<Route> chain, Route failing, Failure failure) {
        VersionProfile profile = config.profile();
        boolean failsOver = switch (failure) {
            case BAD_REQUEST -> profile.failoverOnBadRequest();
            case SERVER_ERROR -> profile.failoverOnServerError();
            case RATE_LIMIT -> true; // every release falls over on rate limits
        };
        int at = indexOf(chain, failing);
        ModelPolicy policy = profile.fallbacksNeedAllowlist()
                ? ModelPolicy.effective(config, config.agent(failing.agentId()) == null ? null : failing.agentId()) : null;
        Route rescuer = null;
        List<Route> skipped = new ArrayList<>();
        for (int i = at + 1; failsOver && i < chain.size() && rescuer == null; i++) {
            Route next = chain.get(i);
            if (next.ref() == null || next.ref().key().equals(failing.ref() == null ? null : failing.ref().key())) {
                continue; // the same model again is no rescue
            }
            if (policy != null && !policy.allowsAny() && !policy.allows(next.ref())) {
                skipped.add(next);
            } else {
                rescuer = next;
            }
        }
        return new Outcome(failure, failsOver, rescuer, List.copyOf(skipped), policy);
    }

    private static int indexOf(List<Route> chain, Route route) {
        for (int i = 0; i < chain.size(); i++) {
            Route r = chain.get(i);
            if (r == route || r.slot() != null && route.slot() != null && r.slot().path().equals(route.slot().path())) {
                return i;
            }
        }
        return chain.size();
    }
}
