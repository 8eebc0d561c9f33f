package dev.clawc.lsp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a cursor is in JSON5 text that may be half typed: the config path of the value or key under it,
 * whether a key or a value is expected there, and the token being typed. A forward scan of the tokens up
 * to the cursor (brackets, strings, comments, bare words), so it works on text that does not parse, which
 * is most of the time while someone types.
 *
 * @param path        keys (String) and indexes (Integer) from the root to the object or array holding the
 *                    cursor, plus the member's key when a value is expected
 * @param expectsKey  true where a member name goes (after `{` or `,` in an object)
 * @param tokenStart  start of the token under the cursor (its opening quote included), or the cursor
 * @param tokenEnd    end of that token (closing quote included), or the cursor
 * @param prefix      the token's text between its start (after the quote) and the cursor
 * @param quote       the token's quote character, or 0 for a bare word or no token
 * @param siblingKeys keys already written in the object holding the cursor
 */
record CursorLocation(List<Object> path, boolean expectsKey, int tokenStart, int tokenEnd, String prefix, char quote,
        Set<String> siblingKeys) {

    /** The member key a value belongs to, or null (array element, root, key position). */
    String valueKey() {
        return expectsKey || path.isEmpty() || !(path.get(path.size() - 1) instanceof String key) ? null : key;
    }

    /** The token's full text without quotes (for a hover or a definition on it). */
    String tokenValue(String text) {
        int start = quote != 0 ? tokenStart + 1 : tokenStart;
        int end = quote != 0 && tokenEnd > start && text.charAt(tokenEnd - 1) == quote ? tokenEnd - 1 : tokenEnd;
        return end >= start ? text.substring(start, end) : "";
    }

    private static final class Frame {
        final boolean object;
        final Object segment; // how the parent reaches this container; null for the root
        String key;
        boolean expectsKey;
        int index;
        final Set<String> keys = new LinkedHashSet<>();

        Frame(boolean object, Object segment) {
            this.object = object;
            this.segment = segment;
            this.expectsKey = object;
        }
    }

    static CursorLocation at(String text, int offset) {
        List<Frame> stack = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (i > offset || (i == offset && !isWordChar(c))) {
                break;
            }
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                int end = i;
                while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                if (offset > i && offset <= end) {
                    return inComment(stack, offset);
                }
                i = end;
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int end = close < 0 ? length : close + 2;
                if (offset > i && offset < end) {
                    return inComment(stack, offset);
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(text, i, c);
                if (offset > i && (offset < end || (offset == end && text.charAt(end - 1) != c) || end == i + 1)) {
                    return token(stack, text, i, end, offset, c);
                }
                if (offset == end && end > i + 1 && text.charAt(end - 1) == c) {
                    // just after a closing quote: still that token (hover, definition)
                    return token(stack, text, i, end, offset, c);
                }
                word(stack, StringUnquote.unquote(text.substring(i, end), c));
                i = end;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < length && isWordChar(text.charAt(end))) {
                    end++;
                }
                if (offset >= i && offset <= end) {
                    return token(stack, text, i, end, offset, (char) 0);
                }
                word(stack, text.substring(i, end));
                i = end;
            } else {
                Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                switch (c) {
                    case '{', '[' -> {
                        Object segment = top == null ? null : top.object ? top.key : (Object) top.index;
                        stack.add(new Frame(c == '{', segment));
                    }
                    case '}', ']' -> {
                        if (!stack.isEmpty()) {
                            stack.remove(stack.size() - 1);
                        }
                    }
                    case ':' -> {
                        if (top != null && top.object) {
                            top.expectsKey = false;
                        }
                    }
                    case ',' -> {
                        if (top != null && top.object) {
                            top.expectsKey = true;
                            top.key = null;
                        } else if (top != null) {
                            top.index++;
                        }
                    }
                    default -> {
                    }
                }
                i++;
            }
        }
        return build(stack, offset, offset, "", (char) 0);
    }

    private static void word(List<Frame> stack, String value) {
        if (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            if (top.object && top.expectsKey) {
                top.key = value;
                top.keys.add(value);
            }
        }
    }

    private static CursorLocation token(List<Frame> stack, String text, int start, int end, int offset, char quote) {
        String prefix = text.substring(quote != 0 ? start + 1 : start, Math.max(offset, quote != 0 ? start + 1 : start));
        return build(stack, start, end, prefix, quote);
    }

    private static CursorLocation inComment(List<Frame> stack, int offset) {
        CursorLocation base = build(stack, offset, offset, "", (char) 0);
        return new CursorLocation(base.path, false, -1, -1, "", (char) 0, base.siblingKeys);
    }

    private static CursorLocation build(List<Frame> stack, int start, int end, String prefix, char quote) {
        List<Object> path = new ArrayList<>();
        for (int k = 1; k < stack.size(); k++) {
            Object segment = stack.get(k).segment;
            path.add(segment == null ? "" : segment);
        }
        boolean expectsKey = false;
        Set<String> keys = Set.of();
        if (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            expectsKey = top.object && top.expectsKey;
            keys = top.keys;
            if (top.object && !top.expectsKey && top.key != null) {
                path.add(top.key);
            } else if (!top.object) {
                path.add(top.index);
            }
        }
        return new CursorLocation(path, expectsKey, start, end, prefix, quote, keys);
    }

    /** Offset just past a string starting at {@code start} (or the line's end when it is not closed). */
    private static int stringEnd(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-' || c == '+' || c == '.';
    }
}
