package dev.clawc.load;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dotenv file given with {@code --env-file}. Syntax, one assignment per line:
 * <pre>
 *   # comment
 *   KEY=value              unquoted: trimmed; " #" starts a comment
 *   export KEY=value       "export " is allowed and ignored
 *   KEY='literal $text'    single quotes: taken as is, may span lines
 *   KEY="a\nb"             double quotes: \n \r \t \" \\ and \$ are unescaped, may span lines
 *   KEY=                   the empty string
 * </pre>
 * Names are {@code [A-Za-z_][A-Za-z0-9_]*}. A later assignment of a name wins. Values are never
 * interpolated. A line that is not an assignment is reported as {@code env-file-syntax} and skipped.
 */
public final class EnvFile {
    /** Larger env files are refused without being read. */
    public static final long MAX_BYTES = 1024 * 1024;

    /** The values of one env file, the file itself (for code frames) and its problems. */
    public record Result(SourceFile file, Map<String, String> values, List<Diagnostic> diagnostics) {
        public Result {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final SourceFile file;
    private final String text;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int pos;

    private EnvFile(SourceFile file) {
        this.file = file;
        this.text = file.text();
    }

    /** Reads and parses a file; a file that cannot be read gives an {@code io-error} and no values. */
    public static Result read(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return failure(name, "env file `" + name + "` is a directory");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // a FIFO or device would block or never end: refused before opening it
                return failure(name, "env file `" + name + "` is not a regular file (a pipe or device)");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return failure(name, "env file `" + name + "` is larger than " + IncludeResolver.formatBytes(MAX_BYTES));
            }
            SourceDecoder.Decoded decoded = SourceDecoder.decode(name, bytes);
            Result parsed = parse(decoded.file());
            List<Diagnostic> all = new ArrayList<>(decoded.diagnostics());
            all.addAll(parsed.diagnostics());
            return new Result(parsed.file(), parsed.values(), all);
        } catch (NoSuchFileException e) {
            return failure(name, "cannot read env file `" + name + "`: no such file");
        } catch (AccessDeniedException e) {
            return failure(name, "cannot read env file `" + name + "`: permission denied");
        } catch (IOException e) {
            return failure(name, "cannot read env file `" + name + "`: " + e.getMessage());
        }
    }

    /** Parses text already decoded. */
    public static Result parse(SourceFile file) {
        EnvFile parser = new EnvFile(file);
        parser.parseAll();
        return new Result(file, parser.values, parser.diagnostics);
    }

    private static Result failure(String name, String message) {
        return new Result(new SourceFile(name, ""), Map.of(),
                List.of(Diagnostic.builder(LoadRules.IO_ERROR, Severity.ERROR, message).file(name).build()));
    }

    private void parseAll() {
        while (pos < text.length()) {
            parseLine();
        }
    }

    private void parseLine() {
        skipBlanks();
        if (atLineEnd()) {
            skipLineBreak();
            return;
        }
        if (text.charAt(pos) == '#') {
            skipRestOfLine();
            return;
        }
        if (text.startsWith("export", pos) && pos + 6 < text.length() && isBlank(text.charAt(pos + 6))) {
            pos += 6;
            skipBlanks();
        }
        int nameStart = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(nameStart, pos);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            int end = Math.max(lineEnd(pos), nameStart + 1);
            error(nameStart, Math.min(end, text.length()), "expected a variable name (letters, digits and _, not "
                    + "starting with a digit)", "not a `KEY=VALUE` line");
            skipRestOfLine();
            return;
        }
        skipBlanks();
        if (pos >= text.length() || text.charAt(pos) != '=') {
            error(nameStart, lineEnd(pos), atLineEnd() ? "expected `=` after `" + name + "`"
                    : "unexpected `" + text.charAt(pos) + "` after `" + name + "`: expected `=`",
                    "expected `" + name + "=VALUE`");
            skipRestOfLine();
            return;
        }
        pos++; // '='
        skipBlanks();
        String value;
        if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
            value = quoted(text.charAt(pos));
            if (value == null) {
                return; // reported; the rest of the file was consumed
            }
            skipBlanks();
            if (!atLineEnd() && text.charAt(pos) != '#') {
                int end = lineEnd(pos);
                error(pos, end, "unexpected text after the closing quote of `" + name + "`", "not part of the value");
                skipRestOfLine();
                return;
            }
            skipRestOfLine();
        } else {
            int start = pos;
            int end = lineEnd(pos);
            int comment = end;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '#' && (i == start || isBlank(text.charAt(i - 1)))) {
                    comment = i;
                    break;
                }
            }
            value = text.substring(start, comment).strip();
            pos = end;
            skipLineBreak();
        }
        values.put(name, value);
    }

    /** A quoted value starting at {@code pos}; null (after reporting) when the quote is not closed. */
    private String quoted(char quote) {
        int open = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return value.toString();
            }
            if (quote == '"' && c == '\\' && pos + 1 < text.length()) {
                char next = text.charAt(pos + 1);
                switch (next) {
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case '"', '\\', '$' -> value.append(next);
                    default -> value.append(c).append(next);
                }
                pos += 2;
                continue;
            }
            value.append(c);
            pos++;
        }
        error(open, open + 1, "unterminated " + (quote == '"' ? "double" : "single") + "-quoted value",
                "this quote is never closed");
        return null;
    }

    private void error(int start, int end, String message, String label) {
        diagnostics.add(Diagnostic.builder(LoadRules.ENV_FILE_SYNTAX, Severity.ERROR, message)
                .at(file.span(start, Math.max(start, end)), label)
                .note("the line is skipped; env files hold `KEY=VALUE` lines, `export KEY=VALUE`, `#` comments "
                        + "and blank lines")
                .build());
    }

    private boolean atLineEnd() {
        return pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r';
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private void skipRestOfLine() {
        pos = lineEnd(pos);
        skipLineBreak();
    }

    private void skipLineBreak() {
        if (pos < text.length() && text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
    }

    private void skipBlanks() {
        while (pos < text.length() && isBlank(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
