package dev.clawc.rules.checks;

import dev.clawc.config.Nodes;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.util.List;

/**
 * A relative path where OpenClaw's validator wants an absolute one: {@code worktreeRoot} (absolute or starting with
 * {@code ~}) and {@code desktop.host.passwordFile} (absolute). The gateway runs from a directory the user does not
 * choose, so a relative path would name a different file; OpenClaw refuses the config instead. Each path is checked
 * on the releases where its switch says the validator checks it.
 */
@RuleInfo(id = "relative-path", severity = Severity.ERROR, category = RuleCategory.VALIDATOR, refusing = true,
        supersedesSchema = true,
        summary = "A relative path in a setting OpenClaw requires to be absolute (`worktreeRoot`, `desktop.host.passwordFile`).")
public final class RelativePath implements Rule {

    /** One setting: where it is, whether `~` is accepted, the switch that says which releases check it, OpenClaw's words. */
    private record Setting(List<String> path, boolean tilde, String releaseSwitch, String refusal) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting(List.of("worktreeRoot"), true, "worktreeRootAbsolute",
                    "worktreeRoot must be an absolute path or a path starting with ~"),
            new Setting(List.of("desktop", "host", "passwordFile"), false, "desktopPasswordFileAbsolute",
                    "VNC passwordFile must be an absolute path"));

    @Override
    public void check(RuleContext context) {
        for (Setting setting : SETTINGS) {
            if (!context.config().profile().enabled(setting.releaseSwitch())) {
                continue;
            }
            Json5Value value = Nodes.at(context.config().root(), setting.path().toArray(String[]::new));
            if (!(value instanceof Json5String path) || path.value().isBlank() || absolute(path.value(), setting.tilde())) {
                continue;
            }
            String where = String.join(".", setting.path());
            var d = context.diagnostic("`" + where + "` is a relative path")
                    .at(path.span(), setting.tilde() ? "neither absolute nor starting with `~`" : "not an absolute path")
                    .path(ConfigPath.of(setting.path().toArray()))
                    .note("OpenClaw " + context.version() + " refuses the config: `" + setting.refusal() + "`")
                    .note("a relative path would be read from the gateway's working directory, which is not this file's");
            d.help(setting.tilde() ? "write it from `/` or from your home directory (`~/" + path.value() + "`)"
                    : "write it from `/`");
            context.report(d);
        }
    }

    private static boolean absolute(String path, boolean tilde) {
        String p = path.trim();
        return p.startsWith("/") || (tilde && (p.equals("~") || p.startsWith("~/")))
                || p.matches("^[A-Za-z]:[\\\\/].*") || p.startsWith("\\\\");
    }
}
