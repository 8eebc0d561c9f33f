package dev.clawc.rules.checks;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Fix;
import dev.clawc.diag.SourceFile;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Key;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text edits that move a member to another place in the config: the member is cut where it is (as a
 * removal) and written, value text and the comments inside it unchanged, as the last member of the
 * deepest object of the destination path that exists, inside new objects for the missing rest
 * ({@code agents.defaults.memorySearch} becomes {@code memory: { search: ... }} at the top level). Every
 * character outside the two places is kept. No edit when the destination key is already there (merging
 * two values is a judgement call) or a value on the way is not an object.
 */
final class MemberMove {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** Where a move writes: the object that receives the new member, and the keys still to create. */
    record Landing(Json5Object into, List<String> missing) {
        /** Identifies what the move creates, so two moves in one round do not both create it. */
        String claim() {
            return System.identityHashCode(into) + "|" + missing.get(0);
        }
    }

    private MemberMove() {
    }

    /** True when the config has a value at {@code target}. */
    static boolean exists(Json5Value root, ConfigPath target) {
        Json5Value node = root;
        for (Object segment : target.segments()) {
            if (!(segment instanceof String key) || !(node instanceof Json5Object object) || object.member(key) == null) {
                return false;
            }
            node = object.member(key).value();
        }
        return true;
    }

    /** Where {@code target} would be written in {@code root}, or null when it exists or cannot be reached. */
    static Landing landing(Json5Value root, ConfigPath target) {
        if (!(root instanceof Json5Object node)) {
            return null;
        }
        List<Object> segments = target.segments();
        for (int i = 0; i < segments.size(); i++) {
            if (!(segments.get(i) instanceof String key)) {
                return null;
            }
            Json5Member member = node.member(key);
            if (member == null) {
                List<String> missing = new ArrayList<>();
                for (Object s : segments.subList(i, segments.size())) {
                    if (!(s instanceof String k)) {
                        return null;
                    }
                    missing.add(k);
                }
                return new Landing(node, missing);
            }
            if (i == segments.size() - 1 || !(member.value() instanceof Json5Object next)) {
                return null;
            }
            node = next;
        }
        return null;
    }

    /**
     * The edits moving {@code member} to {@code landing}, its value written as {@code valueText} (the
     * source text when null), or null when the two places overlap.
     */
    static List<Fix.Edit> edits(Json5Member member, Landing landing, String valueText) {
        Span source = member.span();
        SourceFile file = source.file();
        String text = file.text();
        Json5Object into = landing.into();
        if (into.members().contains(member)) {
            // a move inside the member's own object: rewrite it where it stands
            String chain = chain(landing.missing(), valueText != null ? valueText : member.value().span().text(), member.key(),
                    "", "", "", false);
            return List.of(new Fix.Edit(source, chain));
        }
        List<Fix.Edit> removal = RetiredKey.cut(member);
        String carried = carriedComment(member, removal);
        String oldIndent = indentOf(text, member.key().span().start());
        String value = valueText != null ? valueText : member.value().span().text();

        List<Fix.Edit> edits = new ArrayList<>(removal);
        if (into.members().isEmpty()) {
            int close = into.span().end() - 1;
            String chain = chain(landing.missing(), value, member.key(), "", "", oldIndent, false);
            edits.add(new Fix.Edit(file.span(close, close), " " + chain + (carried == null ? " " : " /* " + carried + " */ ")));
            return clear(edits, removal);
        }
        Json5Member last = into.members().get(into.members().size() - 1);
        int valueEnd = last.span().end();
        int after = skipBlanks(text, valueEnd);
        boolean comma = after < text.length() && text.charAt(after) == ',';
        int afterComma = comma ? skipBlanks(text, after + 1) : after;
        String lastIndent = indentOf(text, last.key().span().start());
        boolean ownLine = lineStartsAt(text, last.key().span().start());
        boolean lineRest = afterComma >= text.length() || text.charAt(afterComma) == '\n' || text.charAt(afterComma) == '\r'
                || text.startsWith("//", afterComma);
        if (!ownLine || !lineRest) {
            // an object written on one line: append inline
            String chain = chain(landing.missing(), value, member.key(), "", "", oldIndent, false);
            if (carried != null) {
                chain = chain + " /* " + carried + " */";
            }
            if (comma) {
                edits.add(new Fix.Edit(file.span(after + 1, after + 1), " " + chain + ","));
            } else {
                edits.add(new Fix.Edit(file.span(valueEnd, valueEnd), ", " + chain));
            }
            return clear(edits, removal);
        }
        int lineEnd = afterComma;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        String unit = unit(text, into, lastIndent);
        String chain = chain(landing.missing(), value, member.key(), lastIndent, unit, oldIndent, true);
        if (!comma) {
            edits.add(new Fix.Edit(file.span(valueEnd, valueEnd), ","));
        }
        String line = "\n" + lastIndent + chain + (comma ? "," : "");
        if (carried != null) {
            line = landing.missing().size() == 1 ? line + " // " + carried : line.replaceFirst("\\{", "{ // " + java.util.regex.Matcher.quoteReplacement(carried));
        }
        edits.add(new Fix.Edit(file.span(lineEnd, lineEnd), line));
        return clear(edits, removal);
    }

    /** The edits, or null when an insertion touches the removed text (both would edit the same place). */
    private static List<Fix.Edit> clear(List<Fix.Edit> edits, List<Fix.Edit> removal) {
        for (Fix.Edit edit : edits) {
            if (removal.contains(edit)) {
                continue;
            }
            for (Fix.Edit cut : removal) {
                if (cut.span().start() <= edit.span().end() && edit.span().start() <= cut.span().end()) {
                    return null;
                }
            }
        }
        return edits;
    }

    /** `a: { b: value }`, multi-line when {@code lines}: each new object on its own lines, indented by {@code unit}. */
    private static String chain(List<String> keys, String value, Json5Key like, String indent, String unit, String oldIndent,
            boolean lines) {
        int depth = keys.size() - 1;
        String valueIndent = indent + unit.repeat(depth);
        String moved = lines ? reindent(value, oldIndent, valueIndent) : value;
        String out = keyText(keys.get(depth), like) + ": " + moved;
        for (int i = depth - 1; i >= 0; i--) {
            String inner = indent + unit.repeat(i + 1);
            String here = indent + unit.repeat(i);
            out = lines ? keyText(keys.get(i), like) + ": {\n" + inner + out + "\n" + here + "}"
                    : keyText(keys.get(i), like) + ": { " + out + " }";
        }
        return out;
    }

    /** The value's later lines moved from the old member indentation to the new one. */
    private static String reindent(String value, String from, String to) {
        if (value.indexOf('\n') < 0 || from.equals(to)) {
            return value;
        }
        String[] lines = value.split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            out.append('\n');
            if (line.startsWith(from)) {
                out.append(to).append(line, from.length(), line.length());
            } else if (to.length() < from.length() || line.isBlank()) {
                out.append(line);
            } else {
                out.append(to, 0, to.length() - from.length()).append(line);
            }
        }
        return out.toString();
    }

    /** The line comment after the member that its removal deletes (it goes along with the value), or null. */
    private static String carriedComment(Json5Member member, List<Fix.Edit> removal) {
        String text = member.span().file().text();
        int i = skipBlanks(text, member.span().end());
        if (i < text.length() && text.charAt(i) == ',') {
            i = skipBlanks(text, i + 1);
        }
        if (!text.startsWith("//", i)) {
            return null;
        }
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        for (Fix.Edit edit : removal) {
            if (edit.span().start() <= i && end <= edit.span().end()) {
                return text.substring(i + 2, end).trim().replace("*/", "* /");
            }
        }
        return null;
    }

    /** The indentation unit of the receiving object's members: their indentation less the object's own line's. */
    private static String unit(String text, Json5Object into, String memberIndent) {
        String outer = indentOf(text, into.span().start());
        if (memberIndent.startsWith(outer) && memberIndent.length() > outer.length()) {
            return memberIndent.substring(outer.length());
        }
        return memberIndent.startsWith("\t") ? "\t" : "  ";
    }

    private static String indentOf(String text, int offset) {
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean lineStartsAt(String text, int offset) {
        int i = offset;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    static String keyText(String name, Json5Key like) {
        if (like.quoted() || !PLAIN_KEY.matcher(name).matches()) {
            char quote = like.span().text().charAt(0) == '\'' ? '\'' : '"';
            return quote + name + quote;
        }
        return name;
    }
}
