package dev.clawc.rules.checks;

import dev.clawc.config.Agent;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.Nodes;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.DidYouMean;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Null;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A known model param with a value OpenClaw cannot use, in every params layer. {@code params} is
 * free-form in the schema, so {@code openclaw config validate} accepts anything there; at runtime the
 * embedded runner applies a value only when it has the right JSON type ({@code typeof === "number"}
 * for temperature and friends) or is one of the known words, and silently skips (or logs and skips)
 * the rest (facts §4.2; {@code createStreamFnWithExtraParams} in 2026.9.6). The table below is what
 * that function, {@code resolveMaxTokensParam}, {@code resolveCacheRetention} and
 * {@code normalizeThinkLevel} accept.
 */
@RuleInfo(id = "invalid-param", severity = Severity.ERROR, category = RuleCategory.CHAIN,
        summary = "A known model param (`cacheRetention`, `temperature`, `maxTokens`, ...) with a value OpenClaw ignores.")
public final class InvalidParam implements Rule {

    private enum Kind { NUMBER, INTEGER, POSITIVE_INTEGER, WORD, THINKING, OBJECT, OBJECT_OR_NULL, BOOLEAN_OR_NULL, STRING, STOP }

    private record Spec(Kind kind, List<String> words) {
        static Spec of(Kind kind) {
            return new Spec(kind, List.of());
        }
    }

    private static final List<String> THINKING_LEVELS =
            List.of("off", "minimal", "low", "medium", "high", "xhigh", "adaptive", "max", "ultra");

    /** Every spelling {@code normalizeThinkLevel} accepts (after lowercasing), plus the "disabled" forms. */
    private static final Set<String> THINKING_WORDS = Set.of("off", "none", "disabled", "on", "enable", "enabled", "min",
            "minimal", "low", "thinkhard", "think-hard", "think_hard", "mid", "med", "medium", "thinkharder", "think-harder",
            "harder", "high", "ultrathink", "thinkhardest", "highest", "think", "adaptive", "auto", "max", "ultra", "xhigh",
            "extrahigh");

    private static final Map<String, Spec> PARAMS = Map.ofEntries(
            Map.entry("temperature", Spec.of(Kind.NUMBER)),
            Map.entry("topP", Spec.of(Kind.NUMBER)),
            Map.entry("frequencyPenalty", Spec.of(Kind.NUMBER)),
            Map.entry("frequency_penalty", Spec.of(Kind.NUMBER)),
            Map.entry("presencePenalty", Spec.of(Kind.NUMBER)),
            Map.entry("presence_penalty", Spec.of(Kind.NUMBER)),
            Map.entry("seed", Spec.of(Kind.INTEGER)),
            Map.entry("maxTokens", Spec.of(Kind.POSITIVE_INTEGER)),
            Map.entry("max_tokens", Spec.of(Kind.POSITIVE_INTEGER)),
            Map.entry("max_completion_tokens", Spec.of(Kind.POSITIVE_INTEGER)),
            Map.entry("cacheRetention", new Spec(Kind.WORD, List.of("none", "short", "long"))),
            Map.entry("cacheControlTtl", new Spec(Kind.WORD, List.of("5m", "1h"))),
            Map.entry("transport", new Spec(Kind.WORD, List.of("sse", "websocket", "websocket-cached", "auto"))),
            Map.entry("thinking", Spec.of(Kind.THINKING)),
            Map.entry("provider", Spec.of(Kind.OBJECT)),
            Map.entry("response_format", Spec.of(Kind.OBJECT)),
            Map.entry("responseFormat", Spec.of(Kind.OBJECT)),
            Map.entry("extra_body", Spec.of(Kind.OBJECT_OR_NULL)),
            Map.entry("extraBody", Spec.of(Kind.OBJECT_OR_NULL)),
            Map.entry("chat_template_kwargs", Spec.of(Kind.OBJECT_OR_NULL)),
            Map.entry("chatTemplateKwargs", Spec.of(Kind.OBJECT_OR_NULL)),
            Map.entry("parallel_tool_calls", Spec.of(Kind.BOOLEAN_OR_NULL)),
            Map.entry("parallelToolCalls", Spec.of(Kind.BOOLEAN_OR_NULL)),
            Map.entry("cachedContent", Spec.of(Kind.STRING)),
            Map.entry("cached_content", Spec.of(Kind.STRING)),
            Map.entry("stop", Spec.of(Kind.STOP)));

    /** Words people write for a cacheRetention, and the value that means it. */
    private static final Map<String, String> RETENTION_MEANINGS = Map.ofEntries(
            Map.entry("5m", "short"), Map.entry("5min", "short"), Map.entry("standard", "short"), Map.entry("default", "short"),
            Map.entry("ephemeral", "short"), Map.entry("1h", "long"), Map.entry("60m", "long"), Map.entry("forever", "long"),
            Map.entry("extended", "long"), Map.entry("persistent", "long"), Map.entry("24h", "long"), Map.entry("off", "none"),
            Map.entry("disabled", "none"), Map.entry("disable", "none"), Map.entry("false", "none"), Map.entry("no", "none"));

    private static final Pattern NUMBER_TEXT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    @Override
    public void check(RuleContext context) {
        ConfigModel config = context.config();
        Agent defaults = config.defaults();
        check(context, defaults.params(), defaults.path().key("params"));
        for (ModelEntry entry : config.modelEntries()) {
            check(context, entry.params(), entry.path().key("params"));
        }
        for (Agent agent : config.agents()) {
            check(context, agent.params(), agent.path().key("params"));
        }
        for (CustomProvider provider : config.providers().values()) {
            check(context, Nodes.object(provider.get("params")), provider.path().key("params"));
            Json5Array models = provider.models();
            if (models == null) {
                continue;
            }
            for (int i = 0; i < models.elements().size(); i++) {
                check(context, Nodes.object(Nodes.at(models.elements().get(i), "params")),
                        provider.path().key("models").index(i).key("params"));
            }
        }
    }

    private void check(RuleContext context, Json5Object params, ConfigPath path) {
        if (params == null) {
            return;
        }
        for (Json5Member member : params.members()) {
            Spec spec = PARAMS.get(member.name());
            if (spec == null || params.member(member.name()) != member) {
                continue; // unknown keys are provider-specific; a duplicate key is reported by duplicate-key
            }
            Problem problem = problem(member.name(), spec, member.value());
            if (problem == null) {
                continue;
            }
            ConfigPath at = path.key(member.name());
            var d = context.diagnostic("`" + member.name() + "` in `" + path + "` " + problem.message)
                    .at(member.value().span(), problem.label)
                    .path(at);
            for (String note : problem.notes) {
                d.note(note);
            }
            if (problem.help != null) {
                d.help(problem.help);
            }
            if (problem.replacement != null && !member.value().span().text().contains("${")) {
                d.fix(Fix.replace(problem.fixDescription, member.value().span(), problem.replacement));
            }
            context.report(d);
        }
    }

    private record Problem(String message, String label, List<String> notes, String help, String fixDescription, String replacement) {
    }

    private static Problem problem(String name, Spec spec, Json5Value value) {
        return switch (spec.kind()) {
            case NUMBER, INTEGER, POSITIVE_INTEGER -> numberProblem(name, spec.kind(), value);
            case WORD -> wordProblem(name, spec.words(), value);
            case THINKING -> thinkingProblem(value);
            case OBJECT, OBJECT_OR_NULL -> value instanceof Json5Object || spec.kind() == Kind.OBJECT_OR_NULL && value instanceof Json5Null
                    ? null
                    : new Problem("must be an object, found " + describe(value), "not an object",
                            List.of(objectNote(name)), name.equals("provider") && value instanceof Json5String s
                                    ? "to prefer that provider, write `provider: { order: [" + RuleSupport.jsonString(s.value()) + "] }`"
                                    : null, null, null);
            case BOOLEAN_OR_NULL -> booleanProblem(name, value);
            case STRING -> value instanceof Json5String ? null
                    : new Problem("must be a string, found " + describe(value), "not a string",
                            List.of("OpenClaw uses a cached-content handle only when it is a string"), null, null, null);
            case STOP -> stopProblem(value);
        };
    }

    private static Problem numberProblem(String name, Kind kind, Json5Value value) {
        String wanted = kind == Kind.NUMBER ? "a number" : kind == Kind.INTEGER ? "an integer" : "a positive integer";
        if (value instanceof Json5String s) {
            String text = s.value().trim();
            String skipped = "OpenClaw applies `" + name + "` only when it is a JSON number; a string is skipped without a warning, so the"
                    + " provider's default is used";
            if (NUMBER_TEXT.matcher(text).matches() && numberProblem(name, kind, text) == null) {
                return new Problem("is the string " + quoted(s.value()) + ", not a number", "a string, not a number",
                        List.of(skipped), "write the number without quotes: `" + text + "`", "write `" + text + "` as a number", text);
            }
            return new Problem("must be " + wanted + ", found the string " + quoted(s.value()), "not a number", List.of(skipped),
                    null, null, null);
        }
        if (!(value instanceof Json5Number n)) {
            return new Problem("must be " + wanted + ", found " + describe(value), "not a number",
                    List.of("OpenClaw applies `" + name + "` only when it is a JSON number; this value is skipped without a warning"),
                    null, null, null);
        }
        if (!n.isFinite()) {
            return new Problem("must be a finite number, found `" + n.text() + "`", "not finite",
                    List.of("OpenClaw skips a non-finite `" + name + "`"), null, null, null);
        }
        String issue = numberProblem(name, kind, n.text());
        return issue == null ? null : new Problem(issue, "not " + wanted, List.of(numberNote(name, n)), null, null, null);
    }

    /** Null when the number text suits the kind, else the message. */
    private static String numberProblem(String name, Kind kind, String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null; // hex and other JSON5 forms: leave them to the number reader
        }
        boolean integral = number.stripTrailingZeros().scale() <= 0;
        if (kind == Kind.INTEGER && !integral) {
            return "must be an integer, found `" + text + "`";
        }
        if (kind == Kind.POSITIVE_INTEGER && (!integral || number.signum() <= 0)) {
            return "must be a positive integer, found `" + text + "`";
        }
        return null;
    }

    private static String numberNote(String name, Json5Number n) {
        if (name.toLowerCase(Locale.ROOT).contains("tokens")) {
            return n.isNegative() ? "OpenClaw ignores a negative output cap, so the model's default applies"
                    : "OpenClaw passes the value on as the request's output cap, and providers reject a cap that is zero or"
                            + " not a whole number";
        }
        return "OpenClaw passes `" + name + "` to the provider as written, and providers expect a whole number";
    }

    private static Problem wordProblem(String name, List<String> words, Json5Value value) {
        String valid = String.join(", ", words.stream().map(w -> "\"" + w + "\"").toList());
        if (value instanceof Json5String s && words.contains(s.value())) {
            return null;
        }
        String written = value instanceof Json5String s ? s.value() : value instanceof Json5Boolean b ? String.valueOf(b.value())
                : value instanceof Json5Number n ? n.text() : null;
        String suggestion = null;
        boolean certain = false;
        if (written != null) {
            String folded = written.trim().toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (word.equals(folded)) {
                    suggestion = word;
                    certain = value instanceof Json5String;
                }
            }
            if (suggestion == null && name.equals("cacheRetention")) {
                suggestion = RETENTION_MEANINGS.get(folded);
                certain = value instanceof Json5String && (folded.equals("5m") || folded.equals("1h"));
            }
            if (suggestion == null && name.equals("cacheControlTtl") && List.of("short", "long").contains(folded)) {
                return new Problem("is " + show(value) + ", a `cacheRetention` value", "not a TTL",
                        List.of("`cacheControlTtl` is the legacy spelling and takes \"5m\" or \"1h\"; \"short\" and \"long\" belong"
                                + " to `cacheRetention`"), "write `cacheRetention: \"" + folded + "\"` instead", null, null);
            }
            if (suggestion == null && value instanceof Json5String) {
                suggestion = DidYouMean.closest(written, words);
            }
        }
        String what = switch (name) {
            case "cacheRetention" -> "OpenClaw reads only " + valid + "; `openclaw config validate` accepts any value here, and at"
                    + " runtime another value is ignored with the log line `ignoring invalid cacheRetention param`, so the route's"
                    + " default retention applies";
            case "transport" -> "OpenClaw reads only " + valid + "; another value is ignored with the log line `ignoring invalid"
                    + " transport param`";
            default -> "`cacheControlTtl` is the legacy spelling of `cacheRetention` and OpenClaw reads only " + valid + " (\"5m\""
                    + " means short, \"1h\" long, honoured on Anthropic and Gemini routes only); another value is ignored and the"
                    + " route's default retention applies";
        };
        String help = suggestion != null ? "did you mean `\"" + suggestion + "\"`?"
                : name.equals("cacheControlTtl") ? "write `cacheRetention: \"short\"` (about 5 minutes) or `cacheRetention: \"long\"`"
                        + " (about 1 hour) instead"
                : "use one of " + valid;
        return new Problem("is " + show(value) + ", which OpenClaw ignores", "expected one of " + valid, List.of(what), help,
                certain ? "write `\"" + suggestion + "\"`" : null, certain ? quoteLike(value, suggestion) : null);
    }

    private static Problem thinkingProblem(Json5Value value) {
        if (value instanceof Json5Boolean b && !b.value()) {
            return null;
        }
        String levels = String.join(", ", THINKING_LEVELS.stream().map(w -> "\"" + w + "\"").toList());
        if (value instanceof Json5String s) {
            String folded = s.value().trim().toLowerCase(Locale.ROOT);
            if (THINKING_WORDS.contains(folded) || THINKING_WORDS.contains(folded.replaceAll("[\\s_-]+", ""))) {
                return null;
            }
            String suggestion = DidYouMean.closest(s.value().trim(), THINKING_LEVELS);
            return new Problem("is " + show(value) + ", not a thinking level", "unknown thinking level",
                    List.of("OpenClaw recognizes the levels " + levels + " (and a few synonyms such as \"on\" or \"think\"); another"
                            + " value is not used as this model's thinking default"),
                    suggestion == null ? "use one of " + levels : "did you mean `\"" + suggestion + "\"`?", null, null);
        }
        return new Problem("must be a thinking level or `false`, found " + describe(value), "not a thinking level",
                List.of("OpenClaw recognizes the levels " + levels + ", or `false` to turn thinking off"),
                value instanceof Json5Boolean ? "write a level such as `\"low\"`" : "use one of " + levels, null, null);
    }

    private static Problem booleanProblem(String name, Json5Value value) {
        if (value instanceof Json5Boolean || value instanceof Json5Null) {
            return null;
        }
        String help = null;
        String replacement = null;
        if (value instanceof Json5String s && (s.value().trim().equalsIgnoreCase("true") || s.value().trim().equalsIgnoreCase("false"))) {
            replacement = s.value().trim().toLowerCase(Locale.ROOT);
            help = "write the boolean without quotes: `" + replacement + "`";
        }
        return new Problem("must be `true`, `false` or `null`, found " + describe(value), "not a boolean",
                List.of("OpenClaw ignores a non-boolean `" + name + "` with the log line `ignoring invalid parallel_tool_calls param`"),
                help, replacement == null ? null : "write `" + replacement + "`", replacement);
    }

    private static Problem stopProblem(Json5Value value) {
        if (value instanceof Json5String) {
            return null;
        }
        if (value instanceof Json5Array array && array.elements().stream().allMatch(e -> e instanceof Json5String)) {
            return null;
        }
        return new Problem("must be a string or an array of strings, found " + describe(value), "not stop sequences",
                List.of("OpenClaw keeps only non-empty strings as stop sequences; other values are dropped"), null, null, null);
    }

    private static String objectNote(String name) {
        return switch (name) {
            case "provider" -> "`provider` holds OpenRouter routing preferences (for example `{ order: [\"anthropic\"] }`) and is"
                    + " forwarded only when it is an object";
            case "response_format", "responseFormat" -> "OpenClaw sends a structured-output format only when it is an object";
            default -> "OpenClaw merges `" + name + "` into the request body only when it is an object; it ignores other values"
                    + " with a log warning";
        };
    }

    private static String describe(Json5Value value) {
        if (value instanceof Json5String s) {
            return "the string " + quoted(s.value());
        }
        if (value instanceof Json5Number n) {
            return "the number `" + n.text() + "`";
        }
        if (value instanceof Json5Boolean b) {
            return "`" + b.value() + "`";
        }
        return value instanceof Json5Null ? "`null`" : "an " + value.kind();
    }

    private static String show(Json5Value value) {
        if (value instanceof Json5String s) {
            return quoted(s.value());
        }
        return describe(value);
    }

    private static String quoted(String value) {
        String safe = Secrets.maskKeyShaped(value);
        return "`\"" + (safe.length() > 60 ? safe.substring(0, 57) + "..." : safe) + "\"`";
    }

    private static String quoteLike(Json5Value value, String word) {
        char quote = value.span().text().startsWith("'") ? '\'' : '"';
        return quote + word + quote;
    }
}
