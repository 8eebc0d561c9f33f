package dev.clawc.json5;

import static dev.clawc.json5.grammar.JSON5Lexer.BAD_STRING;
import static dev.clawc.json5.grammar.JSON5Lexer.COLON;
import static dev.clawc.json5.grammar.JSON5Lexer.COMMA;
import static dev.clawc.json5.grammar.JSON5Lexer.ERROR_CHAR;
import static dev.clawc.json5.grammar.JSON5Lexer.FALSE;
import static dev.clawc.json5.grammar.JSON5Lexer.IDENTIFIER;
import static dev.clawc.json5.grammar.JSON5Lexer.INFINITY;
import static dev.clawc.json5.grammar.JSON5Lexer.LBRACE;
import static dev.clawc.json5.grammar.JSON5Lexer.LBRACK;
import static dev.clawc.json5.grammar.JSON5Lexer.NAN;
import static dev.clawc.json5.grammar.JSON5Lexer.NULL;
import static dev.clawc.json5.grammar.JSON5Lexer.NUMBER;
import static dev.clawc.json5.grammar.JSON5Lexer.RBRACE;
import static dev.clawc.json5.grammar.JSON5Lexer.RBRACK;
import static dev.clawc.json5.grammar.JSON5Lexer.STRING;
import static dev.clawc.json5.grammar.JSON5Lexer.TRUE;
import static dev.clawc.json5.grammar.JSON5Lexer.UNTERMINATED_COMMENT;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.diag.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Reads JSON5 text into a {@link Json5Value} tree: a recursive-descent parser over the tokens of
 * {@code grammar/JSON5.g4} (the common ones lexed by {@link FastLexer}, the rest by the generated lexer).
 *
 * <p>On an error it reports "expected X, found Y" at the offending token and recovers (skipping to
 * the next member or element, or assuming a missing comma or colon) so that one run reports every
 * independent problem. Errors at the same token are reported once. Nesting deeper than the limit is
 * reported and skipped without recursion, so no input can overflow the stack.
 */
public final class Json5Reader {
    public static final int DEFAULT_MAX_DEPTH = 1000;
    /** Up to this many members, duplicate keys are found by a scan instead of a hash map. */
    private static final int SMALL_OBJECT = 12;

    private final SourceFile file;
    private final String text;
    private final TokenBuffer tokens;
    private final int maxDepth;
    private final Json5Limits limits;
    private boolean stringLimitReported;
    private boolean entriesLimitReported;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Syntax errors kept per file: past this many, building (and later rendering) more costs without telling more. */
    static final int MAX_SYNTAX_ERRORS = 1000;
    private int syntaxErrors;
    private final StringCache strings = new StringCache();
    private final StringLiterals.ProblemSink escapeSink = this::escapeProblem;
    private int pos;
    private int commentCursor;
    private int lastErrorToken = -1;
    private boolean depthReported;

    private Json5Reader(SourceFile file, Json5Limits limits) {
        this.file = file;
        this.text = file.text();
        this.tokens = TokenBuffer.lex(text);
        this.maxDepth = limits.maxDepth();
        this.limits = limits;
    }

    public static ParseResult read(SourceFile file) {
        return read(file, DEFAULT_MAX_DEPTH);
    }

    public static ParseResult read(SourceFile file, int maxDepth) {
        return read(file, new Json5Limits(maxDepth, Json5Limits.DEFAULT.maxStringLength(), Json5Limits.DEFAULT.maxEntries()));
    }

    public static ParseResult read(SourceFile file, Json5Limits limits) {
        Json5Reader reader = new Json5Reader(file, limits);
        if (!mayNestDeeply(file.text(), limits.maxDepth())) {
            return new ParseResult(file, reader.readDocument(), reader.finished());
        }
        // Recursion to the depth limit needs more stack than a default thread may have (interpreted frames
        // are large): read on a thread with a stack sized for it, whatever thread called us.
        Json5Value[] value = new Json5Value[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread thread = new Thread(null, () -> {
            try {
                value[0] = reader.readDocument();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "clawc-json5-deep", 512L * 1024 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file.displayName(), e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return new ParseResult(file, value[0], reader.finished());
    }

    /**
     * The diagnostics, with one too-many-findings marker counting the syntax errors past {@link #MAX_SYNTAX_ERRORS}
     * (not built, but counted: the report's summary line says how many there were in all).
     */
    private List<Diagnostic> finished() {
        if (syntaxErrors > MAX_SYNTAX_ERRORS) {
            diagnostics.add(dev.clawc.diag.FindingCap.more(syntaxErrors - MAX_SYNTAX_ERRORS, file.displayName()));
        }
        return diagnostics;
    }

    /** True when the text has enough brackets to nest past a few hundred levels (cheap upper bound). */
    private static boolean mayNestDeeply(String text, int maxDepth) {
        int threshold = Math.min(maxDepth, 200);
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '{' || c == '[') && ++open > threshold) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ document

    private Json5Value readDocument() {
        List<Comment> leading = new ArrayList<>();
        takeComments(pos, null, leading, Comment.Placement.LEADING);
        if (type(pos) == Token.EOF) {
            Diagnostic.Builder error = syntaxError("expected a JSON5 value, found end of input")
                    .at(tokenSpan(pos), "expected a value");
            error.note(text.isBlank() ? "the file is empty" : "the file holds only comments");
            error.help("an OpenClaw config is one object: start with `{}`");
            report(pos, error);
            return null;
        }
        Json5Value value = readValue(null, 1);
        if (type(pos) == UNTERMINATED_COMMENT) {
            reportUnterminatedComment(pos);
            pos++;
        }
        if (type(pos) != Token.EOF) {
            Diagnostic.Builder error = syntaxError("expected end of input, found " + describe(pos))
                    .at(tokenSpan(pos), "unexpected " + shortDescribe(pos));
            if (value != null) {
                Span end = value.span();
                error.label(file.span(Math.max(end.start(), end.end() - 1), end.end()), "the file's value ends here");
            }
            error.note("a JSON5 file holds exactly one value");
            report(pos, error);
            // Look for lexical problems in the rest, so a bad string or comment further down is still reported.
            for (int i = pos; i < tokens.count; i++) {
                if (tokens.type[i] == BAD_STRING) {
                    readBadString(i);
                } else if (tokens.type[i] == UNTERMINATED_COMMENT) {
                    reportUnterminatedComment(i);
                }
            }
            pos = tokens.count - 1;
        }
        List<Comment> trailing = new ArrayList<>();
        takeComments(pos, null, trailing, Comment.Placement.TRAILING);
        if (value == null || (leading.isEmpty() && trailing.isEmpty())) {
            return value;
        }
        List<Comment> all = new ArrayList<>(leading);
        all.addAll(value.comments());
        all.addAll(trailing);
        return withComments(value, Collections.unmodifiableList(all));
    }

    // ------------------------------------------------------------------ values

    private Json5Value readValue(Trail trail, int depth) {
        int i = pos;
        switch (type(i)) {
            case LBRACE:
                return depth > maxDepth ? skipTooDeep(trail) : readObject(trail, depth);
            case LBRACK:
                return depth > maxDepth ? skipTooDeep(trail) : readArray(trail, depth);
            case STRING:
                pos++;
                checkStringLength(i, trail);
                return new Json5String(tokenSpan(i), decodeString(i, tokens.end[i] - 1), List.of());
            case BAD_STRING:
                pos++;
                return new Json5String(tokenSpan(i), readBadString(i), List.of());
            case NUMBER:
            case INFINITY:
            case NAN:
                return readNumber(trail);
            case TRUE:
                pos++;
                return new Json5Boolean(tokenSpan(i), true, List.of());
            case FALSE:
                pos++;
                return new Json5Boolean(tokenSpan(i), false, List.of());
            case NULL:
                pos++;
                return new Json5Null(tokenSpan(i), List.of());
            case IDENTIFIER:
                return readUnquotedText(trail);
            case ERROR_CHAR:
                if (text.charAt(tokens.start[i]) == '`') {
                    return readTemplateLiteral(trail);
                }
                reportUnexpectedText(trail);
                return null;
            case UNTERMINATED_COMMENT:
                reportUnterminatedComment(i);
                pos++;
                return null;
            default:
                report(i, syntaxError("expected a value, found " + describe(i))
                        .at(tokenSpan(i), "expected a value")
                        .path(path(trail)));
                return null;
        }
    }

    /** A string longer than the limit is reported once (the text is still read: it is already in memory). */
    private void checkStringLength(int i, Trail trail) {
        int length = tokens.end[i] - tokens.start[i] - 2;
        if (length > limits.maxStringLength() && !stringLimitReported) {
            stringLimitReported = true;
            diagnostics.add(Diagnostic.builder(Json5Rules.LIMIT_EXCEEDED, Severity.ERROR,
                            "a string of " + length + " characters, over clawc's limit of " + limits.maxStringLength())
                    .at(file.span(tokens.start[i], Math.min(tokens.end[i], tokens.start[i] + 1)), "this string starts here")
                    .path(path(trail))
                    .note("no OpenClaw setting needs text this long; a pasted file or binary data is the usual cause")
                    .build());
        }
    }

    /** Objects and arrays with more entries than the limit are reported once; reading goes on. */
    private void checkEntries(int count, int open, Trail trail) {
        if (count == limits.maxEntries() + 1 && !entriesLimitReported) {
            entriesLimitReported = true;
            diagnostics.add(Diagnostic.builder(Json5Rules.LIMIT_EXCEEDED, Severity.ERROR,
                            "more than " + limits.maxEntries() + " entries in one object or array")
                    .at(tokenSpan(open), "this container")
                    .path(path(trail))
                    .note("an OpenClaw config has at most a few hundred entries in any one place")
                    .build());
        }
    }

    private Json5Object readObject(Trail trail, int depth) {
        int open = pos++;
        List<Pending> members = new ArrayList<>();
        List<Comment> leading = new ArrayList<>();
        List<Comment> inner = List.of();
        Map<String, Json5Key> seen = null;
        Pending previous = null;
        int close = -1;
        while (true) {
            takeComments(pos, previous, leading, Comment.Placement.LEADING);
            int ty = type(pos);
            if (ty == RBRACE) {
                close = pos++;
                inner = asInner(leading);
                break;
            }
            if (!closesHere(ty, RBRACE, open, trail)) {
                inner = asInner(leading);
                break;
            }
            if (ty == COMMA) {
                report(pos, syntaxError("expected a property name or `}`, found `,`")
                        .at(tokenSpan(pos), "unexpected `,`")
                        .path(path(trail))
                        .help("remove this `,`")
                        .fix(Fix.replace("remove the extra `,`", tokenSpan(pos), "")));
                pos++;
                continue;
            }
            if (!isKeyToken(ty)) {
                reportBadKey(trail);
                skipToSeparator(RBRACE);
                if (type(pos) == COMMA) {
                    pos++;
                }
                continue;
            }
            Json5Key key = readKey(pos++);
            if (!key.quoted() && type(pos) != COLON && tokens.start[pos] == key.span().end()) {
                key = readGluedKey(key, trail);
            }
            Trail memberTrail = new Trail(trail, key.name());
            if (type(pos) == COLON) {
                pos++;
            } else {
                Diagnostic.Builder error = syntaxError("expected `:` after property name `" + key.name() + "`, found "
                        + describe(pos))
                        .at(tokenSpan(pos), "expected `:`")
                        .path(path(memberTrail));
                boolean valueFollows = startsValue(type(pos)) && !isKeyFollowedByColon(pos)
                        && file.lineOf(tokens.start[pos]) == key.span().endLine();
                if (valueFollows) {
                    error.help("add a `:` between the name and the value")
                            .fix(new Fix("insert `:`", List.of(new Fix.Edit(
                                    file.span(key.span().end(), key.span().end()), ":"))));
                }
                report(pos, error);
                if (!valueFollows) {
                    skipToSeparator(RBRACE);
                    if (type(pos) == COMMA) {
                        pos++;
                    }
                    continue;
                }
            }
            Json5Value value = readValue(memberTrail, depth + 1);
            if (value != null) {
                Json5Key first = null;
                if (seen == null && members.size() < SMALL_OBJECT) {
                    // most objects are small: a scan of the names so far beats hashing them
                    String name = key.name();
                    for (Pending member : members) {
                        if (member.key.name().equals(name)) {
                            first = member.key;
                            break;
                        }
                    }
                } else {
                    if (seen == null) {
                        seen = new HashMap<>();
                        for (Pending member : members) {
                            seen.putIfAbsent(member.key.name(), member.key);
                        }
                    }
                    first = seen.putIfAbsent(key.name(), key);
                }
                if (first != null) {
                    reportDuplicate(key, first, memberTrail);
                }
                previous = new Pending(key, value, leading);
                members.add(previous);
                checkEntries(members.size(), open, trail);
                if (members.size() > limits.maxEntries()) {
                    members.remove(members.size() - 1); // past the limit: read on, but later stages see no more
                }
                leading = new ArrayList<>();
            } else if (!atSeparator(RBRACE)) {
                skipToSeparator(RBRACE);
            }
            // comments between the value and its comma belong to the member
            takeComments(pos, previous, leading, Comment.Placement.LEADING);
            ty = type(pos);
            if (ty == COMMA) {
                pos++;
            } else if (ty != RBRACE && ty != RBRACK && ty != Token.EOF) {
                reportMissingSeparator(RBRACE, previous, trail);
            }
        }
        int end = close >= 0 ? tokens.end[close] : tokens.end[Math.max(open, pos - 1)];
        List<Json5Member> built = new ArrayList<>(members.size());
        for (Pending member : members) {
            built.add(new Json5Member(member.key, member.value, member.frozenComments()));
        }
        return new Json5Object(file.span(tokens.start[open], end), Collections.unmodifiableList(built), inner);
    }

    private Json5Array readArray(Trail trail, int depth) {
        int open = pos++;
        List<Pending> elements = new ArrayList<>();
        List<Comment> leading = new ArrayList<>();
        List<Comment> inner = List.of();
        Pending previous = null;
        int index = 0;
        int close = -1;
        while (true) {
            takeComments(pos, previous, leading, Comment.Placement.LEADING);
            int ty = type(pos);
            if (ty == RBRACK) {
                close = pos++;
                inner = asInner(leading);
                break;
            }
            if (!closesHere(ty, RBRACK, open, trail)) {
                inner = asInner(leading);
                break;
            }
            if (ty == COMMA) {
                report(pos, syntaxError("expected a value or `]`, found `,`")
                        .at(tokenSpan(pos), "unexpected `,`")
                        .path(path(new Trail(trail, index)))
                        .note("JSON5 has no holes in arrays: `[1,,2]` is not allowed")
                        .help("remove this `,`")
                        .fix(Fix.replace("remove the extra `,`", tokenSpan(pos), "")));
                pos++;
                continue;
            }
            int before = pos;
            Json5Value value = readValue(new Trail(trail, index), depth + 1);
            index++;
            if (value != null) {
                previous = new Pending(null, value, leading);
                elements.add(previous);
                checkEntries(elements.size(), open, trail);
                if (elements.size() > limits.maxEntries()) {
                    elements.remove(elements.size() - 1); // past the limit: read on, but later stages see no more
                }
                leading = new ArrayList<>();
            } else if (pos == before || !atSeparator(RBRACK)) {
                skipToSeparator(RBRACK);
            }
            takeComments(pos, previous, leading, Comment.Placement.LEADING);
            ty = type(pos);
            if (ty == COMMA) {
                pos++;
            } else if (ty != RBRACK && ty != RBRACE && ty != Token.EOF) {
                reportMissingSeparator(RBRACK, previous, trail);
            }
        }
        int end = close >= 0 ? tokens.end[close] : tokens.end[Math.max(open, pos - 1)];
        List<Json5Value> built = new ArrayList<>(elements.size());
        for (Pending element : elements) {
            List<Comment> comments = element.frozenComments();
            built.add(comments.isEmpty() ? element.value : withComments(element.value, comments));
        }
        return new Json5Array(file.span(tokens.start[open], end), Collections.unmodifiableList(built), inner);
    }

    /**
     * At the top of a container's loop: true when the token may start the next member or element.
     * False (after reporting) when the container ends here without its closing bracket: at the end
     * of the input, or at a closing bracket of the other kind, which is left for an outer container.
     */
    private boolean closesHere(int ty, int closer, int open, Trail trail) {
        if ((ty == Token.EOF || ty == RBRACE || ty == RBRACK) && pos <= lastErrorToken) {
            // Already reported at this token by an inner container: report() would drop it, so skip building it.
            // Building the path for every level of a deep unclosed nesting was cubic (fuzz finding, bench/fuzz.md).
            return false;
        }
        String closerText = closer == RBRACE ? "`}`" : "`]`";
        String what = closer == RBRACE ? "object" : "array";
        if (ty == Token.EOF) {
            report(pos, syntaxError("expected " + closerText + ", found end of input")
                    .at(tokenSpan(pos), "expected " + closerText)
                    .label(tokenSpan(open), "this " + what + " is never closed")
                    .path(path(trail)));
            return false;
        }
        if (ty == RBRACE || ty == RBRACK) {
            report(pos, syntaxError("mismatched closing bracket: expected " + closerText + ", found " + describe(pos))
                    .at(tokenSpan(pos), "expected " + closerText)
                    .label(tokenSpan(open), "to close the " + what + " opened here")
                    .path(path(trail)));
            return false;
        }
        return true;
    }

    private Json5Value readNumber(Trail trail) {
        int first = pos++;
        int last = first;
        while (pos < tokens.count && tokens.start[pos] == tokens.end[last] && gluesToNumber(type(pos))) {
            last = pos++;
        }
        Span span = file.span(tokens.start[first], tokens.end[last]);
        if (last == first) {
            return new Json5Number(span, strings.get(text, span.start(), span.end()), List.of());
        }
        String written = span.text();
        Diagnostic.Builder error = syntaxError("invalid number `" + clip(written) + "`")
                .at(span, "not a JSON5 number")
                .path(path(trail));
        String firstText = tokenText(first);
        String unsigned = firstText.replaceFirst("^[+-]", "");
        if (unsigned.equals("0") && type(first + 1) == NUMBER && Character.isDigit(text.charAt(tokens.start[first + 1]))) {
            error.note("a leading zero makes an octal number in JavaScript, which JSON5 does not allow");
            String stripped = written.replaceFirst("^([+-]?)0+(?=\\d)", "$1");
            error.help("write `" + clip(stripped) + "`");
        } else if (written.matches("[+-]?(\\d++\\.?+\\d*+|\\.\\d++)[eE][+-]?+")) {
            // possessive: `\d+\.?\d*` backtracked over every split of the digits, quadratic in a 24,000-digit number
            error.note("an exponent needs at least one digit");
        } else if (written.matches("[+-]?0[xX].*")) {
            error.note("a hex number is `0x` followed by the digits 0-9 and a-f");
        } else {
            error.note("JSON5 numbers are decimal (`12`, `-1.5`, `.5`, `2e10`), hex (`0xFF`), `Infinity` or `NaN`");
        }
        report(first, error);
        return null;
    }

    /**
     * A JavaScript template literal (`...`), often pasted to hold a multi-line prompt. Reported once
     * and read as a string up to the closing backtick, so its content does not cascade into errors.
     */
    private Json5Value readTemplateLiteral(Trail trail) {
        int open = tokens.start[pos];
        int close = text.indexOf('`', open + 1);
        int end = close < 0 ? text.length() : close + 1;
        Span span = file.span(open, end);
        Diagnostic.Builder error = syntaxError("backtick strings (JavaScript template literals) are not JSON5")
                .at(file.span(open, open + 1), close < 0 ? "this backtick is never closed" : "template literal starts here")
                .path(path(trail))
                .help("use a double-quoted string, with `\\n` for line breaks or `\\` at the end of each line to continue it");
        if (close >= 0) {
            error.label(file.span(close, close + 1), "and ends here");
        }
        report(pos, error);
        int at = pos;
        while (at < tokens.count - 1 && tokens.start[at] < end) {
            at++;
        }
        pos = at;
        lastErrorToken = Math.max(lastErrorToken, pos - 1);
        String content = close < 0 ? text.substring(open + 1) : text.substring(open + 1, close);
        return new Json5String(span, content, List.of());
    }

    /** An unquoted word where a value belongs: almost always a string that lost its quotes. */
    private Json5Value readUnquotedText(Trail trail) {
        if (tokenText(pos).equals("$") && type(pos + 1) == LBRACE && tokens.start[pos + 1] == tokens.end[pos]) {
            return readUnquotedEnvReference(trail);
        }
        int first = pos++;
        int last = first;
        while (pos < tokens.count && tokens.start[pos] == tokens.end[last] && gluesToWord(pos)) {
            last = pos++;
        }
        Span span = file.span(tokens.start[first], tokens.end[last]);
        String word = span.text();
        report(first, syntaxError("expected a value, found unquoted text `" + clip(word) + "`")
                .at(span, "strings must be quoted")
                .path(path(trail))
                .help("write it as a string: `\"" + clip(word) + "\"`")
                .fix(Fix.replace("quote the text", span, "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")));
        return new Json5String(span, word, List.of());
    }

    /** `${VAR}` written without quotes, as for a shell template: OpenClaw substitutes only inside strings. */
    private Json5Value readUnquotedEnvReference(Trail trail) {
        int first = pos;
        int last = first + 1;
        int line = file.lineOf(tokens.start[first]);
        while (last + 1 < tokens.count && type(last) != RBRACE && file.lineOf(tokens.start[last + 1]) == line
                && type(last + 1) != Token.EOF) {
            last++;
        }
        if (type(last) != RBRACE) {
            last = first;
        }
        Span span = file.span(tokens.start[first], tokens.end[last]);
        pos = last + 1;
        String reference = span.text();
        report(first, syntaxError("expected a value, found unquoted `" + clip(reference) + "`")
                .at(span, "not a JSON5 value")
                .path(path(trail))
                .note("OpenClaw substitutes `${VAR}` inside string values only, and the result is always a string")
                .help("quote it: `\"" + clip(reference) + "\"`; a number, list or object cannot come from an env var")
                .fix(Fix.replace("quote the reference", span, "\"" + reference + "\"")));
        return new Json5String(span, reference, List.of());
    }

    private void reportUnexpectedText(Trail trail) {
        int first = pos++;
        int last = first;
        while (pos < tokens.count && tokens.start[pos] == tokens.end[last] && type(pos) == ERROR_CHAR) {
            last = pos++;
        }
        Span span = file.span(tokens.start[first], tokens.end[last]);
        Diagnostic.Builder error = syntaxError("unexpected character " + describeChar(tokens.start[first]))
                .at(span, "not valid here")
                .path(path(trail));
        char c = text.charAt(tokens.start[first]);
        if ((c == '+' || c == '-') && startsValue(type(pos))) {
            error.help("write the sign directly before the number, with no space");
        } else {
            hintForCharacter(c, error);
        }
        report(first, error);
    }

    private static void hintForCharacter(char c, Diagnostic.Builder error) {
        if (c == '#') {
            error.help("JSON5 comments start with `//` or `/*`");
        } else if (c == '`') {
            error.help("JSON5 strings use `\"` or `'` quotes, not backticks");
        } else if (c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019') {
            error.help("this is a typographic quote; use a plain `\"` or `'`");
        } else if (c == '=') {
            error.help("JSON5 separates a name from its value with `:`");
        } else if (c == ';') {
            error.help("JSON5 separates members with `,`");
        }
    }

    // ------------------------------------------------------------------ keys

    private Json5Key readKey(int i) {
        Span span = tokenSpan(i);
        switch (type(i)) {
            case STRING:
                return new Json5Key(decodeString(i, tokens.end[i] - 1), span, true);
            case BAD_STRING:
                return new Json5Key(readBadString(i), span, true);
            case IDENTIFIER:
                return new Json5Key(decodeIdentifier(i), span, false);
            default:
                return new Json5Key(span.text(), span, false);
        }
    }

    private String decodeIdentifier(int i) {
        int start = tokens.start[i];
        int end = tokens.end[i];
        if (StringLiterals.indexOf(text, '\\', start, end) < 0) {
            return strings.get(text, start, end);
        }
        StringBuilder name = new StringBuilder();
        for (int at = start; at < end; ) {
            if (text.charAt(at) == '\\') {
                int code = Integer.parseInt(text.substring(at + 2, at + 6), 16); // the lexer checked the form
                boolean first = name.length() == 0;
                if (!(first ? Character.isUnicodeIdentifierStart(code) || code == '$' || code == '_'
                        : Character.isUnicodeIdentifierPart(code) || code == '$' || code == '\u200C' || code == '\u200D')
                        || Character.isIdentifierIgnorable(code)) {
                    report(-1, syntaxError("`\\u" + text.substring(at + 2, at + 6) + "` cannot be part of an unquoted key")
                            .at(file.span(at, at + 6), "not a letter, digit, `$` or `_`")
                            .help("quote the key to use any character in it"));
                }
                name.append((char) code);
                at += 6;
            } else {
                name.append(text.charAt(at++));
            }
        }
        return name.toString();
    }

    /**
     * An unquoted key written with characters identifiers cannot have (`multi-word`, `gpt-4o`, `a.b`):
     * when the glued text runs up to a `:`, report it once and read it as the quoted key it meant.
     */
    private Json5Key readGluedKey(Json5Key head, Trail trail) {
        int last = pos - 1;
        int at = pos;
        while (at < tokens.count && tokens.start[at] == tokens.end[last] && type(at) != COLON && gluesToWord(at)) {
            last = at++;
        }
        if (type(at) != COLON || last == pos - 1) {
            return head;
        }
        Span span = file.span(head.span().start(), tokens.end[last]);
        String name = span.text();
        Span offending = file.span(tokens.start[pos], tokens.end[last]);
        report(pos, syntaxError("unquoted key `" + clip(name) + "` has characters that need quotes")
                .at(offending, describeChar(tokens.start[pos]) + " cannot appear in an unquoted key")
                .note("unquoted keys may hold only letters, digits, `$` and `_`")
                .path(path(trail))
                .help("quote the key: `\"" + clip(name) + "\"`")
                .fix(Fix.replace("quote the key", span, "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")));
        pos = at;
        return new Json5Key(name, span, false);
    }

    private void reportBadKey(Trail trail) {
        int i = pos;
        int ty = type(i);
        Diagnostic.Builder error = syntaxError("expected a property name or `}`, found " + describe(i))
                .at(tokenSpan(i), "expected a property name")
                .path(path(trail));
        if (ty == NUMBER) {
            int last = i;
            while (last + 1 < tokens.count && tokens.start[last + 1] == tokens.end[last] && gluesToWord(last + 1)) {
                last++;
            }
            String word = file.span(tokens.start[i], tokens.end[last]).text();
            error.note("unquoted keys are identifiers, which cannot start with a digit");
            error.help("quote the key: `\"" + clip(word) + "\"`");
        } else if (ty == UNTERMINATED_COMMENT) {
            reportUnterminatedComment(i);
            return;
        } else if (ty == ERROR_CHAR) {
            hintForCharacter(text.charAt(tokens.start[i]), error);
        }
        report(i, error);
    }

    // ------------------------------------------------------------------ strings and comments

    private String decodeString(int i, int contentEnd) {
        return StringLiterals.decode(text, tokens.start[i] + 1, contentEnd, escapeSink, strings);
    }

    /** A BAD_STRING token: report why, and return the best reading of its text for recovery. */
    private String readBadString(int i) {
        int start = tokens.start[i];
        int end = tokens.end[i];
        int close = StringLiterals.closingQuote(text, start, end);
        if (close >= 0) {
            return StringLiterals.decode(text, start + 1, close, this::escapeProblem);
        }
        String value = StringLiterals.decode(text, start + 1, end, this::escapeProblem);
        boolean atEof = end >= text.length();
        report(-1, syntaxError("unterminated string")
                .at(file.span(end, end), atEof ? "expected `" + text.charAt(start) + "` before the end of input"
                        : "expected `" + text.charAt(start) + "` before the end of the line")
                .label(file.span(start, start + 1), "the string starts here")
                .note("a JSON5 string must end on the line where it starts; a line ending in `\\` continues it")
                .help("add the closing `" + text.charAt(start) + "`"));
        return value;
    }

    private void escapeProblem(int start, int end, String message, String help) {
        report(-1, syntaxError(message).at(file.span(start, end), "invalid escape").help(help));
    }

    private void reportUnterminatedComment(int i) {
        report(i, syntaxError("unterminated block comment")
                .at(file.span(tokens.start[i], tokens.start[i] + 2), "the comment starts here and is never closed")
                .help("close it with `*/`"));
    }

    /**
     * Attaches the comments that come before token {@code upTo}: one on the line where
     * {@code previous} ends goes to it as trailing, the rest to {@code sink} with the given placement.
     */
    private void takeComments(int upTo, Pending previous, List<Comment> sink, Comment.Placement placement) {
        int limit = tokens.commentsUpTo[Math.min(upTo, tokens.count - 1)];
        while (commentCursor < limit) {
            int c = commentCursor++;
            Span span = file.span(tokens.commentStart[c], tokens.commentEnd[c]);
            Comment.Style style = tokens.commentBlock[c] ? Comment.Style.BLOCK : Comment.Style.LINE;
            if (previous != null && file.lineOf(span.start()) == previous.endLine(file)) {
                previous.add(new Comment(span, style, Comment.Placement.TRAILING));
            } else {
                sink.add(new Comment(span, style, placement));
            }
        }
    }

    private static List<Comment> asInner(List<Comment> comments) {
        if (comments.isEmpty()) {
            return List.of();
        }
        List<Comment> inner = new ArrayList<>(comments.size());
        for (Comment comment : comments) {
            inner.add(new Comment(comment.span(), comment.style(), Comment.Placement.INNER));
        }
        return Collections.unmodifiableList(inner);
    }

    static Json5Value withComments(Json5Value value, List<Comment> comments) {
        if (value instanceof Json5Object object) {
            return new Json5Object(object.span(), object.members(), comments);
        } else if (value instanceof Json5Array array) {
            return new Json5Array(array.span(), array.elements(), comments);
        } else if (value instanceof Json5String string) {
            return new Json5String(string.span(), string.value(), comments);
        } else if (value instanceof Json5Number number) {
            return new Json5Number(number.span(), number.text(), comments);
        } else if (value instanceof Json5Boolean bool) {
            return new Json5Boolean(bool.span(), bool.value(), comments);
        }
        return new Json5Null(value.span(), comments);
    }

    // ------------------------------------------------------------------ recovery

    private Json5Value skipTooDeep(Trail trail) {
        int open = pos;
        if (!depthReported) {
            depthReported = true;
            report(-1, Diagnostic.builder(Json5Rules.NESTING_TOO_DEEP, Severity.ERROR,
                            "objects and arrays are nested more than " + maxDepth + " levels deep")
                    .at(tokenSpan(open), "level " + (maxDepth + 1) + " starts here")
                    .path(path(trail))
                    .note("clawc stops reading at " + maxDepth + " levels; an OpenClaw config needs fewer than 20")
                    .help("check for brackets that are opened but never closed"));
        }
        int depth = 0;
        while (pos < tokens.count - 1) {
            int ty = type(pos++);
            if (ty == LBRACE || ty == LBRACK) {
                depth++;
            } else if ((ty == RBRACE || ty == RBRACK) && --depth == 0) {
                break;
            }
        }
        lastErrorToken = pos - 1; // the skipped text is not reported again
        return null;
    }

    private boolean atSeparator(int closer) {
        int ty = type(pos);
        return ty == COMMA || ty == closer || ty == RBRACE || ty == RBRACK || ty == Token.EOF;
    }

    /** Skips to the next `,` or closing bracket of the current container, stepping over nested ones. */
    private void skipToSeparator(int closer) {
        int depth = 0;
        while (true) {
            int ty = type(pos);
            if (ty == Token.EOF) {
                return;
            }
            if (depth == 0 && (ty == COMMA || ty == RBRACE || ty == RBRACK)) {
                return;
            }
            if (ty == LBRACE || ty == LBRACK) {
                depth++;
            } else if (ty == RBRACE || ty == RBRACK) {
                depth--;
            } else if (ty == BAD_STRING) {
                readBadString(pos);
            } else if (ty == UNTERMINATED_COMMENT) {
                reportUnterminatedComment(pos);
            }
            pos++;
        }
    }

    private void reportMissingSeparator(int closer, Pending previous, Trail trail) {
        String closerText = closer == RBRACE ? "`}`" : "`]`";
        int ty = type(pos);
        boolean nextItem = closer == RBRACE ? isKeyToken(ty) && isKeyFollowedByColon(pos) : startsValue(ty);
        Diagnostic.Builder error = syntaxError("expected `,` or " + closerText + ", found " + describe(pos))
                .at(tokenSpan(pos), "expected `,` or " + closerText)
                .path(path(trail));
        if (nextItem && previous != null) {
            int at = previous.value.span().end();
            error.label(previous.value.span(), "the previous " + (closer == RBRACE ? "member" : "element") + " ends here")
                    .help("add a `,` after the previous " + (closer == RBRACE ? "member" : "element"))
                    .fix(new Fix("insert `,`", List.of(new Fix.Edit(file.span(at, at), ","))));
        }
        report(pos, error);
        if (!nextItem) {
            skipToSeparator(closer);
            if (type(pos) == COMMA) {
                pos++;
            }
        }
    }

    private void reportDuplicate(Json5Key key, Json5Key first, Trail trail) {
        diagnostics.add(Diagnostic.builder(Json5Rules.DUPLICATE_KEY, Severity.WARNING,
                        "duplicate key `" + key.name() + "`")
                .at(key.span(), "defined again here")
                .label(first.span(), "first defined here")
                .path(path(trail))
                .note("OpenClaw keeps the last value and silently drops the earlier one")
                .help("remove one of them, or merge their contents")
                .build());
    }

    // ------------------------------------------------------------------ token helpers

    private int type(int i) {
        return tokens.type[Math.min(i, tokens.count - 1)];
    }

    private Span tokenSpan(int i) {
        return file.span(tokens.start[i], tokens.end[i]);
    }

    private String tokenText(int i) {
        return text.substring(tokens.start[i], tokens.end[i]);
    }

    private static boolean isKeyToken(int ty) {
        return ty == STRING || ty == BAD_STRING || ty == IDENTIFIER || ty == TRUE || ty == FALSE || ty == NULL
                || ty == INFINITY || ty == NAN;
    }

    private static boolean startsValue(int ty) {
        return ty == LBRACE || ty == LBRACK || ty == STRING || ty == BAD_STRING || ty == NUMBER || ty == INFINITY
                || ty == NAN || ty == TRUE || ty == FALSE || ty == NULL;
    }

    private boolean isKeyFollowedByColon(int i) {
        return isKeyToken(type(i)) && type(i + 1) == COLON;
    }

    /** Tokens that, written with no space after a number, make it one bad number (`1e`, `010`, `0x`, `1.2.3`). */
    private static boolean gluesToNumber(int ty) {
        return ty == NUMBER || ty == IDENTIFIER || ty == INFINITY || ty == NAN || ty == TRUE || ty == FALSE || ty == NULL
                || ty == ERROR_CHAR;
    }

    /** Tokens that, written with no space in between, continue an unquoted word (`anthropic/claude-3.5`). */
    private boolean gluesToWord(int i) {
        int ty = type(i);
        return ty == IDENTIFIER || ty == NUMBER || ty == INFINITY || ty == NAN || ty == TRUE || ty == FALSE || ty == NULL
                || (ty == ERROR_CHAR && text.charAt(tokens.start[i]) != '#');
    }

    private String describe(int i) {
        int ty = type(i);
        switch (ty) {
            case Token.EOF:
                return "end of input";
            case STRING:
            case BAD_STRING:
                return "a string";
            case NUMBER:
            case INFINITY:
            case NAN:
                return "number `" + clip(tokenText(i)) + "`";
            case IDENTIFIER:
                return "`" + clip(tokenText(i)) + "`";
            case ERROR_CHAR:
                return "character " + describeChar(tokens.start[i]);
            case UNTERMINATED_COMMENT:
                return "an unterminated comment";
            default:
                return "`" + tokenText(i) + "`";
        }
    }

    private String shortDescribe(int i) {
        String described = describe(i);
        return described.startsWith("a ") ? described.substring(2) : described;
    }

    private String describeChar(int offset) {
        int cp = text.codePointAt(offset);
        if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                || cp == 0xFFFD) {
            return String.format("U+%04X", cp);
        }
        return "`" + new String(Character.toChars(cp)) + "`";
    }

    private static String clip(String s) {
        int max = 40;
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }

    private Diagnostic.Builder syntaxError(String message) {
        return Diagnostic.builder(Json5Rules.SYNTAX, Severity.ERROR, message);
    }

    /** Records an error unless one was already reported at the same token (no cascades). */
    private void report(int tokenIndex, Diagnostic.Builder builder) {
        if (tokenIndex >= 0) {
            if (tokenIndex <= lastErrorToken) {
                return;
            }
            lastErrorToken = tokenIndex;
        }
        if (syntaxErrors++ >= MAX_SYNTAX_ERRORS) {
            return; // the rest would only repeat the cause; the report's finding cap shows far fewer anyway
        }
        diagnostics.add(builder.build());
    }

    private static ConfigPath path(Trail trail) {
        return trail == null ? ConfigPath.root() : trail.toPath();
    }

    // ------------------------------------------------------------------ small holders

    /** The way from the root to the value being read; turned into a ConfigPath only for a diagnostic. */
    private record Trail(Trail parent, Object segment) {
        ConfigPath toPath() {
            List<Object> segments = new ArrayList<>();
            for (Trail t = this; t != null; t = t.parent) {
                segments.add(t.segment);
            }
            Collections.reverse(segments);
            return ConfigPath.of(segments.toArray());
        }
    }

    /** A member or element whose trailing comments may still arrive. */
    private static final class Pending {
        final Json5Key key;
        final Json5Value value;
        /** The line where the value ends, computed when a comment needs it (most members have none). */
        private int endLine = -1;
        private List<Comment> comments;

        Pending(Json5Key key, Json5Value value, List<Comment> leading) {
            this.key = key;
            this.value = value;
            this.comments = leading.isEmpty() ? null : leading;
        }

        int endLine(SourceFile file) {
            if (endLine < 0) {
                endLine = file.lineOf(value.span().end());
            }
            return endLine;
        }

        void add(Comment comment) {
            if (comments == null) {
                comments = new ArrayList<>(2);
            }
            comments.add(comment);
        }

        List<Comment> frozenComments() {
            return comments == null ? List.of() : Collections.unmodifiableList(comments);
        }
    }
}
