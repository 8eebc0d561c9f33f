package dev.clawc.rules.checks;

import dev.clawc.config.Nodes;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cloud worker profile's {@code suspendAfter} that is not a duration of at least one minute with a unit
 * ({@code 30s}, {@code 5}, {@code 1m30} are refused; {@code 5m}, {@code 1h30m}, {@code 90s} pass). OpenClaw reads
 * durations as one number with a unit or a run of number+unit segments, and its validator refuses anything else
 * or anything shorter than 1m, so the gateway does not start.
 */
@RuleInfo(id = "worker-suspend-after", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        supersedesSchema = true, when = "workerSuspendAfterChecked",
        summary = "A cloud worker profile's `suspendAfter` that is not a duration of at least 1m (e.g. `5m`, `1h30m`).")
public final class WorkerSuspendAfter implements Rule {
    private static final long MINIMUM_MS = 60_000;
    private static final Pattern SEGMENT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");
    private static final Map<String, Long> UNIT_MS = Map.of("ms", 1L, "s", 1_000L, "m", 60_000L, "h", 3_600_000L,
            "d", 86_400_000L);

    @Override
    public void check(RuleContext context) {
        Json5Object profiles = Nodes.object(context.config().root(), "cloudWorkers", "profiles");
        if (profiles == null) {
            return;
        }
        for (Json5Member member : profiles.members()) {
            if (!(member.value() instanceof Json5Object profile) || !(profile.get("suspendAfter") instanceof Json5String value)) {
                continue;
            }
            BigDecimal ms = milliseconds(value.value());
            if (ms != null && ms.compareTo(BigDecimal.valueOf(MINIMUM_MS)) >= 0) {
                continue;
            }
            context.report(context.diagnostic(ms == null
                            ? "`suspendAfter` of worker profile `" + member.name() + "` is not a duration with a unit"
                            : "`suspendAfter` of worker profile `" + member.name() + "` is shorter than 1m")
                    .at(value.span(), ms == null ? "not `<number><unit>`" : ms.stripTrailingZeros().toPlainString() + " ms")
                    .path(ConfigPath.of("cloudWorkers", "profiles", member.name(), "suspendAfter"))
                    .note("OpenClaw " + context.version() + " refuses the config: `Worker profile suspendAfter must be a"
                            + " duration of at least 1m`")
                    .help("write a duration of a minute or more with its unit: `5m`, `90s`, `1h30m` (units ms, s, m, h, d)"));
        }
    }

    /** The duration in ms as OpenClaw reads it (a unit is required here), or null when it is not one. */
    static BigDecimal milliseconds(String raw) {
        String text = raw.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || !text.matches(".*(ms|s|m|h|d)$")) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        int consumed = 0;
        Matcher m = SEGMENT.matcher(text);
        while (m.find()) {
            if (m.start() != consumed) {
                return null; // every segment needs its unit
            }
            total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(UNIT_MS.get(m.group(2)))));
            consumed = m.end();
        }
        return consumed == text.length() && consumed > 0 ? total : null;
    }
}
