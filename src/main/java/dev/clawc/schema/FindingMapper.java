package dev.clawc.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.DidYouMean;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Severity;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Key;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.MemberCommentOut;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns one validator finding into a clawc diagnostic with a span, a precise message and help. */
final class FindingMapper {
    private final SectionedSchema schema;

    /** Each object's key names, computed once: 20,000 unknown keys in one object must not cost 20,000 scans. */
    private final java.util.Map<Json5Object, Set<String>> presentNames = new java.util.IdentityHashMap<>();

    private static Set<String> names(Json5Object object) {
        Set<String> names = new java.util.HashSet<>();
        for (Json5Member member : object.members()) {
            names.add(member.name());
        }
        return names;
    }

    FindingMapper(SectionedSchema schema) {
        this.schema = schema;
    }

    Diagnostic map(SchemaFinding finding, AstLocator.Located at) {
        switch (finding.keyword()) {
            case "additionalProperties":
                return unknownKey(finding, at);
            case "required":
                return missingKey(finding, at);
            case "type":
                return invalidType(finding, at);
            case "enum":
            case "const":
                return invalidEnumValue(finding, at);
            case "not":
                return refusedKey(finding, at);
            default:
                return invalidValue(finding, at);
        }
    }

    private Diagnostic unknownKey(SchemaFinding finding, AstLocator.Located at) {
        String name = finding.property();
        Json5Member member = at.value() instanceof Json5Object object ? object.member(name) : null;
        if (member == null) {
            return null;
        }
        ConfigPath owner = at.path();
        Set<String> allowed = SchemaValidator.propertyNames(schemaAt(parentLocation(finding.schemaLocation())));
        Set<String> present = presentNames.computeIfAbsent((Json5Object) at.value(), FindingMapper::names);
        Set<String> unused = new java.util.LinkedHashSet<>();
        for (String name2 : allowed) {
            if (!present.contains(name2)) { // renaming onto a key that is already there would make a duplicate
                unused.add(name2);
            }
        }
        String suggestion = DidYouMean.closest(name, unused);
        String where = owner.isRoot() ? "at the top level" : "in `" + owner + "`";
        Diagnostic.Builder d = Diagnostic.builder(SchemaRules.UNKNOWN_KEY, Severity.ERROR,
                        "unknown key `" + name + "` " + where)
                .at(member.key().span(), suggestion != null ? "did you mean `" + suggestion + "`?" : "not a known key here")
                .path(owner.key(name));
        if (suggestion != null) {
            Fix rename = renameKey(member.key(), suggestion);
            Fix commentOut = commentOut(member);
            d.fix(commentOut == null ? rename : rename.orElse(commentOut));
        } else {
            d.fix(commentOut(member));
            if (!allowed.isEmpty() && allowed.size() <= 16) {
                d.note("known keys here: " + String.join(", ", allowed));
            }
        }
        d.note("OpenClaw refuses to start with a key it does not know");
        return d.build();
    }

    private Diagnostic refusedKey(SchemaFinding finding, AstLocator.Located at) {
        JsonNode property = schemaAt(parentLocation(finding.schemaLocation()));
        if (at.key() == null) {
            return invalidValue(finding, at);
        }
        String name = at.key().name();
        Diagnostic.Builder d = Diagnostic.builder(SchemaRules.UNKNOWN_KEY, Severity.ERROR,
                        "key `" + name + "` is no longer accepted in `" + at.path().parent() + "`")
                .at(at.key().span(), "retired key")
                .path(at.path());
        String why = property.path("deprecationMessage").asText("");
        if (!why.isEmpty()) {
            d.note(why);
        }
        d.help("remove it");
        d.fix(commentOut(new Json5Member(at.key(), at.value(), List.of())));
        return d.build();
    }

    private Diagnostic missingKey(SchemaFinding finding, AstLocator.Located at) {
        String name = finding.property();
        Json5Value object = at.value();
        String where = at.path().isRoot() ? "at the top level" : "in `" + at.path() + "`";
        Diagnostic.Builder d = Diagnostic.builder(SchemaRules.MISSING_KEY, Severity.ERROR,
                        "missing required key `" + name + "` " + where)
                .at(object.span(), "`" + name + "` is required here")
                .path(at.path());
        JsonNode property = schemaAt(parentLocation(finding.schemaLocation())).path("properties").path(name);
        String description = firstSentence(property.path("description").asText(""));
        if (!description.isEmpty()) {
            d.note("`" + name + "`: " + description);
        }
        return d.build();
    }

    private Diagnostic invalidType(SchemaFinding finding, AstLocator.Located at) {
        String found = at.value().kind();
        if (at.value() instanceof dev.clawc.json5.Json5Number n && !n.isFinite()) {
            // validated as null (see JsonTree): say what is written there
            found = n.isNaN() ? "NaN" : n.isNegative() ? "-Infinity" : "Infinity";
        }
        List<String> expected = new ArrayList<>();
        String wanted = finding.argument(1);
        if (wanted != null) {
            for (String type : wanted.split(",")) {
                String word = typeWord(type.trim());
                if (!word.isEmpty() && !expected.contains(word)) {
                    expected.add(word);
                }
            }
        }
        String expectation = expected.isEmpty() ? "another type" : joinAlternatives(expected);
        Diagnostic.Builder d = Diagnostic.builder(SchemaRules.INVALID_TYPE, Severity.ERROR,
                        "`" + display(at.path()) + "` must be " + expectation + ", found " + article(found))
                .at(at.value().span(), "expected " + expectation)
                .path(at.path());
        if ((expected.contains("a number") || expected.contains("a whole number")) && at.value() instanceof Json5String s
                && looksNumeric(s.value())) {
            d.help("remove the quotes: `" + s.value() + "`")
                    .fix(Fix.replace("remove the quotes", s.span(), s.value()));
        } else if (expected.contains("a boolean") && at.value() instanceof Json5String s
                && (s.value().equals("true") || s.value().equals("false"))) {
            d.help("remove the quotes: `" + s.value() + "`")
                    .fix(Fix.replace("remove the quotes", s.span(), s.value()));
        } else if (expected.contains("an array") && found.equals("string")) {
            d.help("write it as a list: `[" + at.value().span().text() + "]`")
                    .fix(Fix.replace("wrap in a list", at.value().span(), "[" + at.value().span().text() + "]"));
        }
        return d.build();
    }

    private Diagnostic invalidEnumValue(SchemaFinding finding, AstLocator.Located at) {
        JsonNode node = schemaAt(parentLocation(finding.schemaLocation()));
        List<String> allowed = new ArrayList<>();
        if (finding.keyword().equals("const")) {
            allowed.add(node.path("const").toString());
        } else {
            node.path("enum").forEach(v -> allowed.add(v.isTextual() ? v.asText() : v.toString()));
        }
        String written = shownValue(at);
        Diagnostic.Builder d = Diagnostic.builder(SchemaRules.INVALID_VALUE, Severity.ERROR,
                        "invalid value " + written + " for `" + display(at.path()) + "`")
                .path(at.path());
        String legacy = at.value() instanceof Json5String s ? LegacyValues.replacement(at.path(), s.value()) : null;
        String suggestion = at.value() instanceof Json5String s ? DidYouMean.closest(s.value(), allowed) : null;
        if (legacy != null && allowed.contains(legacy)) {
            d.at(at.value().span(), "an old spelling of `" + legacy + "`");
            d.note("`openclaw doctor --fix` rewrites it to `" + legacy + "`");
            d.fix(Fix.replace("use `" + legacy + "`", at.value().span(), quoteLike(at.value(), legacy)));
        } else if (suggestion != null) {
            d.at(at.value().span(), "did you mean `" + suggestion + "`?");
            d.fix(Fix.replace("use `" + suggestion + "`", at.value().span(), quoteLike(at.value(), suggestion)));
        } else {
            d.at(at.value().span(), "not an accepted value");
        }
        d.note("accepted values: " + String.join(", ", quoteAll(allowed)));
        return d.build();
    }

    private Diagnostic invalidValue(SchemaFinding finding, AstLocator.Located at) {
        JsonNode node = schemaAt(parentLocation(finding.schemaLocation()));
        String written = shownValue(at);
        String problem = describeConstraint(finding, node);
        Diagnostic.Builder d = Diagnostic.builder(SchemaRules.INVALID_VALUE, Severity.ERROR,
                        "invalid value " + written + " for `" + display(at.path()) + "`: " + problem)
                .at(at.value().span(), problem)
                .path(at.path());
        String description = firstSentence(node.path("description").asText(""));
        if (!description.isEmpty()) {
            d.note("`" + lastName(at.path()) + "`: " + description);
        }
        return d.build();
    }

    private static String describeConstraint(SchemaFinding finding, JsonNode node) {
        switch (finding.keyword()) {
            case "pattern":
                return "does not have the expected form (pattern `" + node.path("pattern").asText() + "`)";
            case "minLength":
                return node.path("minLength").asInt() == 1 ? "must not be empty"
                        : "must be at least " + node.path("minLength").asInt() + " characters";
            case "maxLength":
                return "must be at most " + node.path("maxLength").asInt() + " characters";
            case "minimum":
                return "must be at least " + node.path("minimum").asText();
            case "exclusiveMinimum":
                return "must be greater than " + node.path("exclusiveMinimum").asText();
            case "maximum":
                return "must be at most " + node.path("maximum").asText();
            case "exclusiveMaximum":
                return "must be less than " + node.path("exclusiveMaximum").asText();
            case "minItems":
                return node.path("minItems").asInt() == 1 ? "must not be empty"
                        : "needs at least " + node.path("minItems").asInt() + " items";
            case "maxItems":
                return "allows at most " + node.path("maxItems").asInt() + " items";
            case "uniqueItems":
                return "has duplicate items";
            case "minProperties":
                return "must not be empty";
            case "propertyNames":
                return "has a key of the wrong form";
            case "format":
                return "is not a valid " + node.path("format").asText();
            case "multipleOf":
                return "must be a multiple of " + node.path("multipleOf").asText();
            default:
                return "not accepted (" + finding.keyword() + ")";
        }
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode schemaAt(String location) {
        int hash = location.indexOf('#');
        String pointer = hash < 0 ? "" : location.substring(hash + 1);
        pointer = URLDecoder.decode(pointer.replace("+", "%2B"), StandardCharsets.UTF_8);
        return schema.at(pointer);
    }

    /** The schema location of the object holding the failed keyword. */
    private static String parentLocation(String location) {
        int slash = location.lastIndexOf('/');
        return slash < 0 ? location : location.substring(0, slash);
    }

    /** Unsafe: OpenClaw then starts without the setting; the text stays in the file as a comment. */
    private static Fix commentOut(Json5Member member) {
        List<Fix.Edit> edits = MemberCommentOut.edits(member, "unknown to OpenClaw, commented out by clawc fix");
        return edits == null ? null : new Fix("comment out `" + member.name() + "`", edits, true);
    }

    private static Fix renameKey(Json5Key key, String name) {
        String replacement = key.quoted() ? key.span().text().charAt(0) + name + key.span().text().charAt(0) : name;
        return Fix.replace("rename to `" + name + "`", key.span(), replacement);
    }

    private static String quoteLike(Json5Value value, String text) {
        char quote = value.span().text().charAt(0) == '\'' ? '\'' : '"';
        return quote + text + quote;
    }

    /** The value as written, for messages; never a secret. */
    private static String shownValue(AstLocator.Located at) {
        String key = at.path().lastKey();
        if (Secrets.isSecretKey(key)) {
            return "(a secret value)";
        }
        Json5Value value = at.value();
        String text = value instanceof Json5String || value instanceof Json5Number ? value.span().text() : value.kind();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return "`" + Secrets.maskKeyShaped(text) + "`";
    }

    private static String display(ConfigPath path) {
        return path.isRoot() ? "(root)" : path.toString();
    }

    private static String lastName(ConfigPath path) {
        String key = path.lastKey();
        return key != null ? key : path.toString();
    }

    private static String typeWord(String schemaType) {
        switch (schemaType) {
            case "string": return "a string";
            case "integer": return "a whole number";
            case "number": return "a number";
            case "boolean": return "a boolean";
            case "object": return "an object";
            case "array": return "an array";
            case "null": return "null";
            default: return schemaType.isEmpty() ? "" : schemaType;
        }
    }

    private static String article(String kind) {
        if (kind.equals("null") || kind.endsWith("NaN") || kind.endsWith("Infinity")) {
            return kind;
        }
        return (kind.equals("object") || kind.equals("array") ? "an " : "a ") + kind;
    }

    private static String joinAlternatives(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static List<String> quoteAll(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values) {
            out.add("`" + value + "`");
        }
        return new ArrayList<>(out);
    }

    private static boolean looksNumeric(String text) {
        return text.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String sentence = end < 0 ? text : text.substring(0, end + 1);
        return sentence.length() > 200 ? sentence.substring(0, 197) + "..." : sentence;
    }
}
