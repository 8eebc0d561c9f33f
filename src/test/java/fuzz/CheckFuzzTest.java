package fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * Target (b): the whole `check` pipeline (and `explain`) on generated configs: the structure OpenClaw expects
 * (agents, defaults, model, fallbacks, models maps, params, providers, env) filled with random strings, numbers
 * and model refs, `$include`s of other generated files in a temp dir, and `${VAR}`s resolved from an env file.
 * The planted secret sits in secret-bearing places (API keys, headers, env values) and must never be printed.
 * Seeds and crashers: src/test/resources/fuzz/CheckFuzzTestInputs/check/.
 */
class CheckFuzzTest {
    private static final String[] PROVIDERS = {"openrouter", "anthropic", "openai", "google", "amazon-bedrock", "ollama",
        "fireworks", "minimax", "groq", "mistral", "xai", "deepseek", "custom", "proxy", "OpenRouter", ""};
    private static final String[] MODELS = {"anthropic/claude-3.5-sonnet", "claude-sonnet-4-6", "claude-opus-4-1",
        "gpt-4o", "gpt-4o-mini", "openai/gpt-4o", "gemini-2.5-flash", "gemini-2.5-pro", "meta-llama/llama-3.2-3b-instruct:free",
        "deepseek/deepseek-chat", "llama3", "MiniMax-M1", "anthropic.claude-3-5-sonnet-20241022-v2:0", "o3", "gpt-5", ""};
    private static final String[] APIS = {"openai-completions", "openai-responses", "anthropic-messages", "google-generative-ai",
        "bedrock-converse-stream", "ollama", "openai", "anthropic", "bogus"};
    private static final String[] PARAM_KEYS = {"cacheRetention", "temperature", "maxTokens", "max_tokens", "thinking",
        "reasoning", "reasoningEffort", "topP", "cacheControl", "transport", "provider", "extraBody", "headers"};
    private static final String[] WORDS = {"none", "short", "long", "forever", "high", "low", "medium", "off", "on",
        "auto", "true", "null", "main", "default", "https://api.example.test/v1", "http://localhost:11434", "$", "${",
        "$${X}", "${lower}", "\\u0000", "💥", "é", "\t", "a\nb", "../x", "/etc/passwd", "*", "[", "\"", "'", ""};
    private static final String[] VARS = {"OPENROUTER_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_API_KEY", "HOST", "KEY",
        "MISSING", "EMPTY", "lower", "A_B", "TOKEN"};
    private static final String[] VERSIONS = {"2026.2.6", "2026.3.2", "2026.6.1", "2026.9.6", "2025.1.1", "2099.1.1",
        "2026.2.22", "1.0", "latest", ""};

    @BeforeAll
    static void warmUp() {
        // The first run loads the schema and the rule data; keep that out of the 2 s budget of an input.
        Path dir = FuzzSupport.tempDir();
        try {
            Path file = dir.resolve("openclaw.json5");
            FuzzSupport.write(file, "{ agents: { defaults: { model: 'openai/gpt-4o' } } }".getBytes(StandardCharsets.UTF_8));
            FuzzSupport.run("check", "--format", "json", "--no-process-env", file.toString());
            FuzzSupport.run("explain", "--no-process-env", file.toString());
            // Explain loads its data per route kind on first use (catalogs, tool schemas): touch them all here, so
            // that the first seed that reaches one is not timed with that one-time cost (it was, at about 2 s).
            try (var configs = java.nio.file.Files.list(Path.of("testdata", "explain"))) {
                for (Path config : configs.filter(p -> p.toString().endsWith(".json5")).sorted().toList()) {
                    FuzzSupport.run("explain", "--no-color", "--no-process-env", config.toString());
                    FuzzSupport.run("explain", "--format", "json", "--no-process-env", config.toString());
                    FuzzSupport.run("check", "--format", "sarif", "--no-process-env", config.toString());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } finally {
            FuzzSupport.deleteTree(dir);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void check(FuzzedDataProvider data) {
        FuzzSupport.withTimeout(() -> checkOnce(data));
    }

    private static void checkOnce(FuzzedDataProvider data) {
        Path dir = FuzzSupport.tempDir();
        try {
            Gen gen = new Gen(data, dir);
            int includes = data.consumeInt(0, 3);
            for (int i = 1; i <= includes; i++) {
                FuzzSupport.write(dir.resolve(gen.includeName(i)), gen.fragment(i, includes).getBytes(StandardCharsets.UTF_8));
            }
            Path main = dir.resolve("openclaw.json5");
            FuzzSupport.write(main, gen.root(includes).getBytes(StandardCharsets.UTF_8));
            Path env = dir.resolve("keys.env");
            StringBuilder envText = new StringBuilder();
            for (String var : VARS) {
                if (data.consumeBoolean()) {
                    envText.append(var).append('=').append(data.consumeBoolean() ? FuzzSupport.SECRET : gen.string()).append('\n');
                }
            }
            FuzzSupport.write(env, envText.toString().getBytes(StandardCharsets.UTF_8));

            List<String> args = new ArrayList<>();
            int command = data.consumeInt(0, 7);
            if (command == 0) {
                args.addAll(List.of("explain", "--no-color"));
                if (data.consumeBoolean()) {
                    args.addAll(List.of("--format", "json"));
                }
            } else {
                String format = command == 1 ? "human" : command == 2 ? "sarif" : command == 3 ? "github" : "json";
                args.addAll(List.of("check", "--no-color", "--format", format));
            }
            args.add("--no-process-env");
            args.addAll(List.of("--env-file", env.toString()));
            if (data.consumeBoolean()) {
                args.addAll(List.of("--openclaw-version", data.pickValue(VERSIONS)));
            }
            args.add(main.toString());
            String dump = System.getenv("CLAWC_FUZZ_DUMP"); // to look at a finding: the files and the command line
            if (dump != null) {
                Path to = Path.of(dump, dir.getFileName().toString());
                FuzzSupport.copyTree(dir, to);
                FuzzSupport.write(to.resolve("command.txt"), String.join(" ", args).getBytes(StandardCharsets.UTF_8));
            }
            FuzzSupport.run(args.toArray(String[]::new));
        } finally {
            FuzzSupport.deleteTree(dir);
        }
    }

    /** Builds JSON5 text from the fuzzer's data: valid structure, random leaves. */
    private static final class Gen {
        private final FuzzedDataProvider data;
        private final Path dir;
        private int budget = 400; // bounds the size of one config

        Gen(FuzzedDataProvider data, Path dir) {
            this.data = data;
            this.dir = dir;
        }

        String includeName(int i) {
            return (i == 2 ? "sub/" : "") + "inc" + i + ".json5";
        }

        /** The path an `$include` names: mostly one of the generated files, sometimes missing, absolute or escaping. */
        String includeRef(int max) {
            return switch (data.consumeInt(0, 6)) {
                case 0 -> "./missing.json5";
                case 1 -> dir.resolve(includeName(1)).toString();
                case 2 -> "../outside.json5";
                case 3 -> string();
                default -> "./" + includeName(data.consumeInt(1, Math.max(1, max)));
            };
        }

        String root(int includes) {
            StringBuilder s = new StringBuilder();
            if (data.consumeBoolean()) {
                s.append("// ").append(data.consumeBoolean() ? FuzzSupport.SECRET : "config").append('\n');
            }
            s.append("{\n");
            if (includes > 0 && data.consumeBoolean()) {
                s.append("  $include: ").append(includeList(includes)).append(",\n");
            }
            if (data.consumeBoolean()) {
                s.append("  meta: { lastTouchedVersion: ").append(quote(data.pickValue(VERSIONS))).append(" },\n");
            }
            s.append("  agents: ").append(agents(includes)).append(",\n");
            if (data.consumeBoolean()) {
                s.append("  models: ").append(models(includes)).append(",\n");
            }
            if (data.consumeBoolean()) {
                s.append("  env: ").append(env()).append(",\n");
            }
            if (data.consumeBoolean()) {
                s.append("  ").append(key()).append(": ").append(value(2)).append(",\n");
            }
            s.append("}\n");
            return s.toString();
        }

        /** An included file: a piece of config, which may include a later one (or an earlier one: a cycle). */
        String fragment(int i, int includes) {
            StringBuilder s = new StringBuilder("{ ");
            if (data.consumeBoolean()) {
                s.append("$include: ").append(includeList(includes)).append(", ");
            }
            switch (data.consumeInt(0, 3)) {
                case 0 -> s.append("agents: ").append(agents(includes));
                case 1 -> s.append("models: ").append(models(includes));
                case 2 -> s.append("defaults: ").append(defaults(includes));
                default -> s.append(key()).append(": ").append(value(2));
            }
            return s.append(" }\n").toString();
        }

        String includeList(int includes) {
            if (data.consumeBoolean()) {
                return quote(includeRef(includes));
            }
            return "[" + quote(includeRef(includes)) + ", " + quote(includeRef(includes)) + "]";
        }

        String agents(int includes) {
            StringBuilder s = new StringBuilder("{ defaults: ").append(defaults(includes));
            if (data.consumeBoolean()) {
                s.append(", ").append(data.consumeBoolean() ? "list" : "entries").append(": [");
                int n = data.consumeInt(0, 3);
                for (int i = 0; i < n; i++) {
                    s.append("{ id: ").append(quote(data.consumeBoolean() ? "main" : string()))
                            .append(", model: ").append(model());
                    if (data.consumeBoolean()) {
                        s.append(", default: ").append(data.consumeBoolean());
                    }
                    s.append(" }, ");
                }
                s.append("]");
            }
            return s.append(" }").toString();
        }

        String defaults(int includes) {
            StringBuilder s = new StringBuilder("{ ");
            if (includes > 0 && data.consumeInt(0, 5) == 0) {
                s.append("$include: ").append(includeList(includes)).append(", ");
            }
            if (data.consumeBoolean()) {
                s.append("model: ").append(model()).append(", ");
            }
            if (data.consumeBoolean()) {
                s.append("models: {");
                int n = data.consumeInt(0, 4);
                for (int i = 0; i < n && budget-- > 0; i++) {
                    s.append(quote(ref())).append(": { ");
                    if (data.consumeBoolean()) {
                        s.append("alias: ").append(quote(data.consumeInt(0, 7) == 0 ? FuzzSupport.SECRET : string())).append(", ");
                    }
                    if (data.consumeBoolean()) {
                        s.append("params: ").append(params());
                    }
                    s.append("}, ");
                }
                s.append("}, ");
            }
            if (data.consumeBoolean()) {
                s.append(data.pickValue(new String[] {"thinkingDefault", "workspace", "timeoutSeconds", "contextTokens"}))
                        .append(": ").append(scalar()).append(", ");
            }
            return s.append("}").toString();
        }

        String model() {
            if (data.consumeBoolean()) {
                return quote(ref());
            }
            StringBuilder s = new StringBuilder("{ primary: ").append(quote(ref()));
            if (data.consumeBoolean()) {
                s.append(", fallbacks: [");
                int n = data.consumeInt(0, 4);
                for (int i = 0; i < n; i++) {
                    s.append(quote(ref())).append(", ");
                }
                s.append("]");
            }
            return s.append(" }").toString();
        }

        /** A model ref: provider/model from the known lists, or random pieces, or a `${VAR}`. */
        String ref() {
            return switch (data.consumeInt(0, 5)) {
                case 0 -> string();
                case 1 -> data.pickValue(MODELS);
                case 2 -> "${" + data.pickValue(VARS) + "}";
                case 3 -> data.pickValue(PROVIDERS) + "/" + string();
                default -> data.pickValue(PROVIDERS) + "/" + data.pickValue(MODELS);
            };
        }

        String params() {
            StringBuilder s = new StringBuilder("{ ");
            int n = data.consumeInt(0, 4);
            for (int i = 0; i < n; i++) {
                s.append(data.consumeBoolean() ? data.pickValue(PARAM_KEYS) : key()).append(": ").append(value(1)).append(", ");
            }
            return s.append("}").toString();
        }

        String models(int includes) {
            StringBuilder s = new StringBuilder("{ ");
            if (data.consumeBoolean()) {
                s.append("mode: ").append(quote(data.consumeBoolean() ? "merge" : string())).append(", ");
            }
            s.append("providers: { ");
            int n = data.consumeInt(0, 3);
            for (int i = 0; i < n && budget-- > 0; i++) {
                s.append(quote(data.consumeBoolean() ? data.pickValue(PROVIDERS) : string())).append(": { ");
                if (data.consumeBoolean()) {
                    s.append("baseUrl: ").append(quote(data.consumeBoolean() ? "https://${HOST}/v1" : data.pickValue(WORDS))).append(", ");
                }
                if (data.consumeBoolean()) {
                    s.append("api: ").append(quote(data.pickValue(APIS))).append(", ");
                }
                if (data.consumeBoolean()) {
                    s.append("apiKey: ").append(quote(switch (data.consumeInt(0, 2)) {
                        case 0 -> FuzzSupport.SECRET;
                        case 1 -> "${" + data.pickValue(VARS) + "}";
                        default -> string();
                    })).append(", ");
                }
                if (data.consumeBoolean()) {
                    s.append("headers: { Authorization: ").append(quote("Bearer " + FuzzSupport.SECRET))
                            .append(", ").append(quote(string())).append(": ").append(quote("${" + data.pickValue(VARS) + "}")).append(" }, ");
                }
                if (data.consumeBoolean()) {
                    s.append("models: [");
                    int m = data.consumeInt(0, 3);
                    for (int j = 0; j < m; j++) {
                        s.append("{ id: ").append(quote(data.consumeBoolean() ? data.pickValue(MODELS) : string()))
                                .append(", name: ").append(quote(string()));
                        if (data.consumeBoolean()) {
                            s.append(", contextWindow: ").append(number());
                        }
                        if (data.consumeBoolean()) {
                            s.append(", maxTokens: ").append(number());
                        }
                        if (data.consumeBoolean()) {
                            s.append(", reasoning: ").append(scalar());
                        }
                        if (data.consumeBoolean()) {
                            s.append(", cost: { input: ").append(number()).append(", output: ").append(number()).append(" }");
                        }
                        s.append(" }, ");
                    }
                    s.append("], ");
                }
                if (data.consumeBoolean()) {
                    s.append(key()).append(": ").append(value(1)).append(", ");
                }
                s.append("}, ");
            }
            return s.append("} }").toString();
        }

        String env() {
            StringBuilder s = new StringBuilder("{ ");
            if (data.consumeBoolean()) {
                s.append("vars: { ");
                int n = data.consumeInt(0, 3);
                for (int i = 0; i < n; i++) {
                    s.append(data.pickValue(VARS)).append(": ")
                            .append(quote(data.consumeBoolean() ? FuzzSupport.SECRET : string())).append(", ");
                }
                s.append("}, ");
            }
            if (data.consumeBoolean()) {
                s.append(data.pickValue(VARS)).append(": ").append(quote(FuzzSupport.SECRET)).append(", ");
            }
            return s.append("}").toString();
        }

        String value(int depth) {
            if (depth <= 0 || budget-- <= 0) {
                return scalar();
            }
            switch (data.consumeInt(0, 5)) {
                case 5:
                    return wideObject();
                case 0: {
                    StringBuilder s = new StringBuilder("{ ");
                    int n = data.consumeInt(0, 3);
                    for (int i = 0; i < n; i++) {
                        s.append(key()).append(": ").append(value(depth - 1)).append(", ");
                    }
                    return s.append("}").toString();
                }
                case 1: {
                    StringBuilder s = new StringBuilder("[");
                    int n = data.consumeInt(0, 3);
                    for (int i = 0; i < n; i++) {
                        s.append(value(depth - 1)).append(", ");
                    }
                    return s.append("]").toString();
                }
                default:
                    return scalar();
            }
        }

        String scalar() {
            return switch (data.consumeInt(0, 6)) {
                case 0 -> "null";
                case 1 -> Boolean.toString(data.consumeBoolean());
                case 2, 3 -> number();
                case 4 -> quote("${" + data.pickValue(VARS) + "}");
                default -> quote(string());
            };
        }

        String number() {
            return switch (data.consumeInt(0, 8)) {
                case 0 -> Integer.toString(data.consumeInt());
                case 1 -> Long.toString(data.consumeLong());
                case 2 -> Double.toString(data.consumeRegularDouble());
                case 3 -> data.pickValue(new String[] {"Infinity", "-Infinity", "NaN", "-0", "0x1F", "1e999", "-1e-999",
                    ".5", "5.", "+1", "0xFFFFFFFFFFFFFFFFFFFF", "123456789012345678901234567890", "1e999999999",
                    "-1e999999999", "1e2147483648", "1e-2147483649", "1E+9999999999999999999", "0e99999999999", "-0x0"});
                case 4 -> hugeNumber();
                default -> Integer.toString(data.consumeInt(-2, 300_000));
            };
        }

        /** A number literal with thousands of digits, or an exponent far outside what a double or an int holds. */
        String hugeNumber() {
            String digits = "9".repeat(data.consumeInt(1, 20_000));
            return switch (data.consumeInt(0, 4)) {
                case 0 -> digits;
                case 1 -> "0." + "0".repeat(data.consumeInt(1, 20_000)) + "1";
                case 2 -> "1e" + (data.consumeBoolean() ? "-" : "") + digits;
                case 3 -> "0x" + "F".repeat(data.consumeInt(1, 20_000));
                default -> data.consumeInt() + "e" + data.consumeLong();
            };
        }

        /** Many keys on one line: unknown keys (or repeated ones) in bulk, so the findings cap and long lines are reached. */
        String wideObject() {
            int n = data.consumeInt(1, 3_000);
            boolean same = data.consumeBoolean();
            String value = scalar();
            StringBuilder s = new StringBuilder("{");
            for (int i = 0; i < n; i++) {
                s.append(i == 0 ? "" : ",").append(same ? "k" : "k" + i).append(':').append(value);
            }
            return s.append('}').toString();
        }

        String key() {
            if (data.consumeBoolean()) {
                return data.pickValue(new String[] {"models", "agents", "params", "model", "primary", "fallbacks", "alias",
                    "apiKey", "baseUrl", "api", "$include", "$schema", "env", "gateway", "channels", "auth", "__proto__", "constructor"});
            }
            return quote(string());
        }

        String string() {
            if (data.consumeBoolean()) {
                return data.pickValue(WORDS);
            }
            if (data.consumeInt(0, 15) == 0) {
                // a long line: a short piece repeated up to 12,000+ characters
                String piece = data.consumeString(data.consumeInt(1, 8));
                return piece.isEmpty() ? "" : piece.repeat(Math.max(1, data.consumeInt(1, 13_000) / piece.length()));
            }
            return data.consumeString(data.consumeInt(0, 24));
        }

        /** A JSON5 string literal; random text is escaped so the structure stays valid. */
        static String quote(String text) {
            StringBuilder s = new StringBuilder("\"");
            text.codePoints().forEach(c -> {
                if (c == '"' || c == '\\') {
                    s.append('\\').appendCodePoint(c);
                } else if (c < 0x20 || c == 0x2028 || c == 0x2029 || (c >= 0xD800 && c <= 0xDFFF)) {
                    s.append(String.format("\\u%04x", c));
                } else {
                    s.appendCodePoint(c);
                }
            });
            return s.append('"').toString();
        }
    }
}
