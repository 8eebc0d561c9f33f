package dev.clawc.rules.checks;

import dev.clawc.config.Nodes;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import dev.clawc.release.OpenClawVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * A variable written directly under {@code env} ({@code env: { OPENROUTER_API_KEY: "..." }}) instead
 * of under {@code env.vars}. OpenClaw's runtime still applies such string entries, but its validator
 * accepts them only up to 2026.7.x: from 2026.8.1 {@code env} is strict ({@code env: Unrecognized key})
 * and {@code openclaw doctor --fix} moves them into {@code env.vars}. Facts §6.2; the switch was found
 * in the published packages (2026.7.35 {@code .catchall(string())}, 2026.8.1 {@code .strict()}).
 * The fix wraps the entries in {@code vars: { ... }} by inserting text only, so no value is ever copied
 * (values here are often API keys); it is offered when there is no {@code vars} yet and the entries are
 * written next to each other.
 */
@RuleInfo(id = "env-shorthand", severity = Severity.ERROR, category = RuleCategory.PROVIDER, refusing = true,
        supersedesSchema = true,
        summary = "A variable directly under `env` instead of `env.vars`; newer OpenClaw releases reject it.")
public final class EnvShorthand implements Rule {

    @Override
    public void check(RuleContext context) {
        Json5Object env = Nodes.object(context.config().root(), "env");
        if (env == null) {
            return;
        }
        List<Json5Member> shorthand = new ArrayList<>();
        for (Json5Member member : env.members()) {
            if (!member.name().equals("vars") && !member.name().equals("shellEnv")
                    && member.value() instanceof Json5String) {
                shorthand.add(member); // other values are not variables: the schema's unknown-key says enough
            }
        }
        if (shorthand.isEmpty()) {
            return;
        }
        boolean strict = context.config().profile().envShorthandStrict();
        Json5Object vars = Nodes.object(env.get("vars"));
        Fix fix = wrapInVars(env, shorthand);
        boolean first = true;
        for (Json5Member member : shorthand) {
            // up to 2026.7.x the entry is accepted: a warning about the upgrade replaces the schema's error
            var d = build(context, member, vars, strict ? Severity.ERROR : Severity.WARNING);
            if (fix != null && first) {
                d.fix(fix);
            } else if (fix != null) {
                d.help("the fix on `env." + shorthand.get(0).name() + "` moves this entry too");
            }
            context.report(d);
            first = false;
        }
    }

    private static Diagnostic.Builder build(RuleContext context, Json5Member member, Json5Object vars,
            Severity severity) {
        String name = member.name();
        OpenClawVersion strictFrom = context.config().profile().firstWith("envShorthandStrict", true);
        var d = context.diagnostic(severity, "`" + name + "` is set directly under `env`, not under `env.vars`")
                .at(member.key().span(), severity == Severity.ERROR ? "OpenClaw " + context.version() + " rejects this key"
                        : "rejected from OpenClaw " + strictFrom)
                .path(ConfigPath.of("env", name));
        if (severity == Severity.ERROR) {
            d.note("from OpenClaw " + strictFrom + " `env` accepts only `vars` and `shellEnv`: `config validate` fails with"
                    + " `env: Unrecognized key` (older releases took string entries here as variables)");
        } else {
            d.note("OpenClaw " + context.version() + " accepts string entries directly under `env`, but from " + strictFrom
                    + " `env` accepts only `vars` and `shellEnv` and `config validate` fails with `env: Unrecognized key`");
        }
        if (member.value().span() != null && member.value().span().text().contains("${")) {
            d.note("the value refers to `${...}`, and OpenClaw never applies an `env` entry whose value does: this entry"
                    + " has no effect, the variable has to come from the gateway's environment");
        }
        d.note("`openclaw doctor --fix` moves such entries into `env.vars` (an entry `env.vars` already has is dropped)");
        if (vars != null && vars.member(name) != null) {
            d.help("`env.vars." + name + "` is also set: keep the value you want there and delete this entry");
        } else {
            d.help("move `" + name + "` into `env.vars`: `env: { vars: { " + name + ": ... } }`");
        }
        return d;
    }

    /**
     * Inserts {@code vars: {} before the first entry and {@code }} after the last, re-indenting the lines
     * between; null when that would not be correct: `vars` exists, a non-string entry, `shellEnv` between
     * the entries, or entries from different files.
     */
    static Fix wrapInVars(Json5Object env, List<Json5Member> shorthand) {
        if (env.member("vars") != null || env.span() == null) {
            return null;
        }
        List<Json5Member> members = env.members();
        int firstIndex = members.indexOf(shorthand.get(0));
        int lastIndex = members.indexOf(shorthand.get(shorthand.size() - 1));
        if (lastIndex - firstIndex + 1 != shorthand.size()) {
            return null; // shellEnv in between
        }
        SourceFile file = env.span().file();
        for (Json5Member member : shorthand) {
            if (!(member.value() instanceof Json5String) || member.key().span().file() != file
                    || member.value().span().file() != file) {
                return null;
            }
        }
        String text = file.text();
        Json5Member first = shorthand.get(0);
        Json5Member last = shorthand.get(shorthand.size() - 1);
        int start = first.key().span().start();
        int end = last.value().span().end();
        if (start < env.span().start() || end > env.span().end()) {
            return null;
        }
        // a comma right after the last entry (whitespace and no comments between)
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        boolean comma = after < text.length() && text.charAt(after) == ',';
        String indent = indentOf(text, start);
        boolean multiLine = indent != null && file.lineOf(start) != file.lineOf(end)
                || indent != null && lineEndsAfter(text, comma ? after + 1 : end);
        List<Fix.Edit> edits = new ArrayList<>();
        String key = first.key().quoted() ? first.key().span().text().charAt(0) + "vars" + first.key().span().text().charAt(0)
                : "vars";
        if (!multiLine) {
            edits.add(new Fix.Edit(new Span(file, start, start), key + ": { "));
            edits.add(new Fix.Edit(new Span(file, end, end), " }"));
        } else {
            String inner = indent + "  ";
            edits.add(new Fix.Edit(new Span(file, start, start), key + ": {\n" + inner));
            for (int i = 1; i < shorthand.size(); i++) {
                int keyStart = shorthand.get(i).key().span().start();
                if (indentOf(text, keyStart) != null) {
                    edits.add(new Fix.Edit(new Span(file, keyStart, keyStart), "  "));
                }
            }
            int closeAt = comma ? after + 1 : end;
            edits.add(new Fix.Edit(new Span(file, closeAt, closeAt), "\n" + indent + "}" + (comma ? "," : "")));
        }
        return new Fix("move " + (shorthand.size() == 1 ? "`" + first.name() + "`" : "these entries") + " into `env.vars`",
                edits);
    }

    /** The whitespace before offset when only whitespace precedes it on its line, else null. */
    private static String indentOf(String text, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String before = text.substring(lineStart, offset);
        return before.isBlank() ? before : null;
    }

    /** True when only whitespace (or a line comment) follows offset on its line. */
    private static boolean lineEndsAfter(String text, int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n' || text.startsWith("//", i);
    }
}
