package dev.clawc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Null;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Helpers for load tests: write file trees, load them, print values compactly. */
final class LoadFixtures {

    private LoadFixtures() {
    }

    static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code root} (display name: its file name) with the given environment. */
    static LoadResult load(Path root, Map<String, String> env) {
        return load(root, LoadOptions.of(env));
    }

    static LoadResult load(Path root, LoadOptions options) {
        try {
            String text = Files.readString(root, StandardCharsets.UTF_8);
            ParseResult parsed = Json5Reader.read(new SourceFile(root.getFileName().toString(), text));
            if (parsed.hasErrors()) {
                fail("root fixture does not parse: " + parsed.diagnostics());
            }
            return new ConfigLoader(options).load(parsed, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads JSON5 text as if it were the file {@code openclaw.json} in {@code dir}. */
    static LoadResult loadText(Path dir, String text, Map<String, String> env) {
        return load(write(dir, "openclaw.json", text), env);
    }

    /** Strict, compact JSON of a value as OpenClaw sees it (last duplicate wins). */
    static String json(Json5Value value) {
        StringBuilder out = new StringBuilder();
        json(value, out);
        return out.toString();
    }

    private static void json(Json5Value value, StringBuilder out) {
        if (value instanceof Json5Object object) {
            Map<String, Json5Value> winners = new LinkedHashMap<>();
            for (Json5Member member : object.members()) {
                winners.put(member.name(), member.value());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Json5Value> entry : winners.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(entry.getKey(), out);
                out.append(':');
                json(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Json5Array array) {
            out.append('[');
            for (int i = 0; i < array.elements().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                json(array.elements().get(i), out);
            }
            out.append(']');
        } else if (value instanceof Json5String string) {
            quote(string.value(), out);
        } else if (value instanceof Json5Number number) {
            out.append(number.text());
        } else if (value instanceof Json5Boolean bool) {
            out.append(bool.value());
        } else if (value instanceof Json5Null) {
            out.append("null");
        } else {
            out.append("<none>");
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** The value at a dotted path of object keys ({@code a.b.c}); numeric segments index arrays. */
    static Json5Value at(Json5Value value, String path) {
        Json5Value current = value;
        for (String segment : path.split("\\.")) {
            if (current instanceof Json5Array array) {
                current = array.elements().get(Integer.parseInt(segment));
            } else if (current instanceof Json5Object object) {
                current = object.get(segment);
            } else {
                fail("no " + segment + " in " + json(current));
            }
            if (current == null) {
                fail("no " + path + " in " + json(value));
            }
        }
        return current;
    }

    static List<String> rules(LoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::rule).collect(Collectors.toList());
    }

    /** The one diagnostic of a rule; fails when there is not exactly one. */
    static Diagnostic only(LoadResult result, String rule) {
        List<Diagnostic> matching = result.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), () -> "expected one " + rule + " in " + describe(result.diagnostics()));
        return matching.get(0);
    }

    static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.rule() + " " + (d.span() == null ? d.fileName() : d.span().toString()) + " " + d.message())
                .collect(Collectors.joining("\n", "[\n", "\n]"));
    }

    static void assertNoDiagnostics(LoadResult result) {
        assertEquals(List.of(), result.diagnostics(), () -> describe(result.diagnostics()));
    }
}
