package dev.clawc.rules.checks;

import dev.clawc.config.KeyHistory;
import dev.clawc.config.KeyHistory.Found;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A key the target OpenClaw release does not know yet because a later release added it
 * (rules/openclaw/keys.json5), e.g. {@code agents.defaults.params} on 2026.2.6. The JSON Schema
 * mirrors the newest release and accepts such keys, but the older release rejects the whole config
 * and does not run at all.
 */
@RuleInfo(id = "unsupported-key", severity = Severity.ERROR, category = RuleCategory.VERSION, refusing = true,
        supersedesSchema = true,
        summary = "A key added after the target OpenClaw release; that release rejects the whole config.")
public final class UnsupportedKey implements Rule {

    private record Hit(KeyHistory.IntroducedKey entry, Found found) {
    }

    @Override
    public void check(RuleContext context) {
        OpenClawVersion version = context.version();
        List<ConfigPath> reported = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        for (KeyHistory.IntroducedKey entry : KeyHistory.bundled().introduced()) {
            if (entry.acceptedBy(version)) {
                continue;
            }
            for (Found found : KeyHistory.find(context.config().root(), entry.path())) {
                hits.add(new Hit(entry, found));
            }
        }
        // outermost first, so a new key inside a new section is covered by the section's finding
        hits.sort((a, b) -> Integer.compare(a.found().path().segments().size(), b.found().path().segments().size()));
        List<Hit> outermost = new ArrayList<>();
        for (Hit hit : hits) {
            if (!covered(hit.found().path(), reported)) {
                reported.add(hit.found().path());
                outermost.add(hit);
            }
        }
        outermost.sort((a, b) -> Integer.compare(a.found().member().key().span().start(), b.found().member().key().span().start()));
        for (Hit hit : outermost) {
            KeyHistory.IntroducedKey entry = hit.entry();
            Found found = hit.found();
            ConfigPath path = found.path();
            String where = path.parent().isRoot() ? "at the top level" : "in `" + path.parent() + "`";
            var d = context.diagnostic("key `" + found.member().name() + "` " + where + " is not supported by OpenClaw "
                            + version + "; it was added in " + entry.addedIn())
                    .at(found.member().key().span(), "unknown to OpenClaw " + version)
                    .path(path)
                    .note(entry.note())
                    .note("OpenClaw " + version + " rejects the whole config (`Unrecognized key: \"" + found.member().name()
                            + "\"`) and does not run with it: no model request is sent");
            if (entry.uncertain()) {
                d.note("the exact release is uncertain: " + entry.lastRejectedIn() + " rejects it, " + entry.addedIn() + " accepts it");
            }
            if (entry.instead() != null) {
                String instead = entry.instead().startsWith("`") || entry.instead().startsWith("the ")
                        ? entry.instead() : "`" + entry.instead() + "`";
                d.help("on OpenClaw " + version + " use " + instead + " instead");
            }
            d.help("or upgrade OpenClaw to " + entry.addedIn() + " or later");
            context.report(d);
        }
    }

    private static boolean covered(ConfigPath path, List<ConfigPath> reported) {
        for (ConfigPath done : reported) {
            List<Object> a = done.segments();
            List<Object> p = path.segments();
            if (a.size() <= p.size() && p.subList(0, a.size()).equals(a)) {
                return true;
            }
        }
        return false;
    }
}
