package dev.clawc.rules.checks;

import dev.clawc.config.Nodes;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;

/**
 * A {@code browser.profiles.<name>} entry that cannot reach a browser the way its driver needs: a profile of the
 * default driver ({@code openclaw}/{@code clawd}) with neither {@code cdpPort} nor {@code cdpUrl}; a
 * {@code userDataDir} on a driver other than {@code existing-session}; a {@code cdpUrl} on the {@code extension}
 * driver (the relay owns the endpoint). OpenClaw's validator refuses each, so the gateway does not start.
 */
@RuleInfo(id = "browser-profile", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        supersedesSchema = true, when = "browserProfileRefinements",
        summary = "A browser profile without `cdpPort`/`cdpUrl`, or with a setting its driver does not take.")
public final class BrowserProfile implements Rule {

    @Override
    public void check(RuleContext context) {
        Json5Object profiles = Nodes.object(context.config().root(), "browser", "profiles");
        if (profiles == null) {
            return;
        }
        for (Json5Member member : profiles.members()) {
            if (!(member.value() instanceof Json5Object profile)) {
                continue;
            }
            String driver = profile.get("driver") instanceof Json5String d ? d.value() : "openclaw";
            ConfigPath path = ConfigPath.of("browser", "profiles", member.name());
            boolean attaches = driver.equals("existing-session") || driver.equals("extension");
            if (!attaches && !truthy(profile.get("cdpPort")) && !truthy(profile.get("cdpUrl"))) {
                context.report(context.diagnostic("browser profile `" + member.name() + "` has no `cdpPort` or `cdpUrl`")
                        .at(member.key().span(), "driver `" + driver + "` needs an endpoint")
                        .path(path)
                        .note("OpenClaw " + context.version() + " refuses the config: `Profile must set cdpPort or cdpUrl`")
                        .help("add `cdpPort` (a free local port, e.g. 18800) for a browser OpenClaw launches, or `cdpUrl` for"
                                + " one already running; or set `driver: \"existing-session\"` to attach to your own Chrome"));
            }
            if (truthy(profile.get("userDataDir")) && !driver.equals("existing-session")) {
                context.report(context.diagnostic("`userDataDir` of browser profile `" + member.name() + "` needs driver"
                                + " `existing-session`")
                        .at(profile.member("userDataDir").key().span(), "driver is `" + driver + "`")
                        .path(path)
                        .note("OpenClaw " + context.version() + " refuses the config: `Profile userDataDir is only supported"
                                + " with driver=\"existing-session\"`")
                        .help("set `driver: \"existing-session\"`, or remove `userDataDir`"));
            }
            if (driver.equals("extension") && truthy(profile.get("cdpUrl"))) {
                context.report(context.diagnostic("browser profile `" + member.name() + "` sets `cdpUrl` on driver `extension`")
                        .at(profile.member("cdpUrl").key().span(), "the extension relay owns the endpoint")
                        .path(path)
                        .note("OpenClaw " + context.version() + " refuses the config: `Profile cdpUrl is not supported with"
                                + " driver=\"extension\" (the relay owns the endpoint)`")
                        .help("remove `cdpUrl`, or use driver `existing-session` to attach to that endpoint"));
            }
        }
    }

    /** JavaScript truthiness of the values these keys take (absent, "", 0 and false are false). */
    private static boolean truthy(Json5Value value) {
        if (value == null || value instanceof dev.clawc.json5.Json5Null) {
            return false;
        }
        if (value instanceof Json5String s) {
            return !s.value().isEmpty();
        }
        if (value instanceof Json5Number n) {
            return !n.isNaN() && (!n.isFinite() || n.decimalValue().signum() != 0);
        }
        if (value instanceof dev.clawc.json5.Json5Boolean b) {
            return b.value();
        }
        return true;
    }
}
