package dev.clawc.load;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replaces {@code ${NAME}} in every string value (never in keys) with the variable's value, as
 * OpenClaw does after includes and the {@code env} block. An unset or empty variable leaves the
 * reference as written and is reported. Members that lose to a later duplicate are not visited:
 * OpenClaw never sees them.
 */
final class EnvSubstitution {
    private final Environment environment;
    private final Map<String, String> skippedConfigVars;
    private final IncludeResolver.Diagnostics diagnostics;
    private final Map<Json5Value, Substitution> substitutions = new IdentityHashMap<>();

    EnvSubstitution(Environment environment, Map<String, String> skippedConfigVars, IncludeResolver.Diagnostics diagnostics) {
        this.environment = environment;
        this.skippedConfigVars = skippedConfigVars;
        this.diagnostics = diagnostics;
    }

    Map<Json5Value, Substitution> substitutions() {
        return substitutions;
    }

    Json5Value substitute(Json5Value value, ConfigPath path) {
        if (value instanceof Json5String string) {
            return substituteString(string, path);
        }
        if (value instanceof Json5Array array) {
            List<Json5Value> elements = new ArrayList<>(array.elements().size());
            boolean changed = false;
            for (int i = 0; i < array.elements().size(); i++) {
                Json5Value element = array.elements().get(i);
                Json5Value result = substitute(element, path.index(i));
                changed |= result != element;
                elements.add(result);
            }
            return changed ? new Json5Array(array.span(), List.copyOf(elements), array.comments()) : array;
        }
        if (value instanceof Json5Object object) {
            List<Json5Member> members = new ArrayList<>(object.members().size());
            boolean changed = false;
            for (Json5Member member : object.members()) {
                if (object.member(member.name()) != member) {
                    members.add(member);
                    continue;
                }
                Json5Value result = substitute(member.value(), path.key(member.name()));
                if (result != member.value()) {
                    changed = true;
                    members.add(new Json5Member(member.key(), result, member.comments()));
                } else {
                    members.add(member);
                }
            }
            return changed ? new Json5Object(object.span(), List.copyOf(members), object.comments()) : object;
        }
        return value;
    }

    private Json5Value substituteString(Json5String string, ConfigPath path) {
        String text = string.value();
        List<EnvTemplate.Token> tokens = EnvTemplate.scan(text);
        if (tokens.isEmpty()) {
            return string;
        }
        StringBuilder out = new StringBuilder(text.length());
        Set<String> used = new LinkedHashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        boolean changed = false;
        int at = 0;
        for (EnvTemplate.Token token : tokens) {
            if (token instanceof EnvTemplate.Invalid invalid) {
                reportInvalid(string, invalid, path);
                continue;
            }
            out.append(text, at, token.start());
            at = token.end();
            if (token instanceof EnvTemplate.Escape escape) {
                out.append("${").append(escape.name()).append('}');
                changed = true;
                continue;
            }
            EnvTemplate.Reference reference = (EnvTemplate.Reference) token;
            String value = environment.get(reference.name());
            if (value == null || value.isEmpty()) {
                out.append("${").append(reference.name()).append('}');
                if (reported.add(reference.name())) {
                    reportUndefined(string, reference, value, path);
                }
            } else {
                out.append(value);
                used.add(reference.name());
                changed = true;
            }
        }
        out.append(text, at, text.length());
        if (!changed) {
            return string;
        }
        Json5String result = new Json5String(string.span(), out.toString(), string.comments());
        substitutions.put(result, new Substitution(text, List.copyOf(used)));
        return result;
    }

    private void reportUndefined(Json5String string, EnvTemplate.Reference reference, String value, ConfigPath path) {
        String name = reference.name();
        Diagnostic.Builder warning = Diagnostic.builder(LoadRules.ENV_VAR_UNDEFINED, Severity.WARNING,
                        "environment variable `" + name + "` is " + (value == null ? "not set" : "empty"))
                .at(tokenSpan(string, reference.start(), reference.end()), "`${" + name + "}` stays as written")
                .path(path)
                .note("OpenClaw keeps the text `${" + name + "}` as the value and warns that a feature using it "
                        + "will be unavailable");
        String skipped = skippedConfigVars.get(name);
        if (skipped != null) {
            warning.note(skipped);
        }
        diagnostics.add(warning
                .help("set " + name + " in the environment, in the config's `env.vars`, or in a file passed with "
                        + "`--env-file`")
                .build());
    }

    private void reportInvalid(Json5String string, EnvTemplate.Invalid invalid, ConfigPath path) {
        if (readByAnotherInterpreter(string.value(), path)) {
            return; // a shell command, script or prompt: the shell (or nobody) expands it later, as the author meant
        }
        Span at = tokenSpan(string, invalid.start(), invalid.end());
        String written = "${" + invalid.content() + "}";
        Diagnostic.Builder warning;
        if (invalid.shellModifier() == null) {
            String upper = invalid.name().toUpperCase(Locale.ROOT);
            warning = Diagnostic.builder(LoadRules.ENV_VAR_LOWERCASE, Severity.WARNING,
                            "`" + written + "` is never substituted: variable names must be upper case")
                    .at(at, "kept as literal text")
                    .note("OpenClaw only expands `${NAME}` where NAME is made of A-Z, 0-9 and _ and does not start "
                            + "with a digit; anything else stays in the value as written")
                    .help("write `${" + upper + "}` and set " + upper + " in the environment");
        } else {
            warning = Diagnostic.builder(LoadRules.ENV_VAR_LOWERCASE, Severity.WARNING,
                            "`" + written + "` is never substituted: OpenClaw does not support shell-style `"
                                    + invalid.shellModifier() + "` defaults")
                    .at(at, "kept as literal text")
                    .note("OpenClaw only expands plain `${NAME}` references; `" + written
                            + "` stays in the value as written")
                    .help("write `${" + invalid.name().toUpperCase(Locale.ROOT) + "}` and give the variable a value "
                            + "in the environment or in `env.vars`");
        }
        diagnostics.add(warning.path(path).build());
    }

    /** Keys whose values a shell runs (commands, scripts, their arguments). */
    private static final Set<String> COMMAND_KEYS = Set.of("command", "commands", "cmd", "script", "scripts", "run", "exec",
            "shell", "args", "argv", "entrypoint");
    /** Keys whose values are free text (prompts, templates, comments). */
    private static final Set<String> TEXT_KEYS = Set.of("prompt", "systemprompt", "instructions", "template", "text", "message",
            "body", "content", "description", "note", "notes", "comment", "_comment");
    private static final java.util.regex.Pattern SHELL_SYNTAX = java.util.regex.Pattern.compile(
            "[\\r\\n]|\\$\\(|`|&&|\\|\\||;\\s|\\s\\|\\s|(^|\\s)(export|echo|exec|sh|bash|cd|test|if)\\s|\\s-{1,2}[a-z]");

    /**
     * True when a string is not a config value OpenClaw's `${VAR}` rule is the last word on: a shell command or
     * script (by its key, or shell syntax in the text) or prose (a prompt or comment with more than one word), where
     * `${VAR:-default}` and `${name}` are meant for the shell or a template and staying literal is what the author wants.
     */
    static boolean readByAnotherInterpreter(String text, ConfigPath path) {
        for (int i = path.segments().size() - 1; i >= 0; i--) {
            if (path.segments().get(i) instanceof String key) {
                String lower = key.toLowerCase(Locale.ROOT);
                if (COMMAND_KEYS.contains(lower) || lower.endsWith("command") || lower.endsWith("script")) {
                    return true;
                }
                if ((TEXT_KEYS.contains(lower) || lower.endsWith("prompt") || lower.endsWith("template"))
                        && text.trim().indexOf(' ') > 0) {
                    return true;
                }
                break;
            }
        }
        return SHELL_SYNTAX.matcher(text).find();
    }

    /**
     * The span of {@code value[start, end)} in the source when the string is written without escapes
     * (so value offsets equal source offsets); else the whole string.
     */
    static Span tokenSpan(Json5String string, int start, int end) {
        Span span = string.span();
        if (span == null || span.length() < 2) {
            return span;
        }
        String raw = span.file().text().substring(span.start() + 1, span.end() - 1);
        if (!raw.equals(string.value())) {
            return span;
        }
        return new Span(span.file(), span.start() + 1 + start, span.start() + 1 + end);
    }
}
