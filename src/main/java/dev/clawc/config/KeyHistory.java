package dev.clawc.config;

import dev.clawc.release.OpenClawVersion;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import dev.clawc.schema.SchemaRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which config keys which OpenClaw release accepts, as far as clawc knows: keys later releases
 * retired or moved, and keys older releases do not know yet (rules/openclaw/keys.json5). The JSON
 * Schema mirrors 2026.9.6 only; this is what lets clawc judge a key against another release.
 */
public final class KeyHistory {
    private static final String RESOURCE = "/clawc/rules/openclaw/keys.json5";
    private static volatile KeyHistory bundled;

    /** How a retired key is repaired: delete it, move it (an edit when textually safe), or help text only. */
    public enum Repair { REMOVE, MOVE, MANUAL }

    /**
     * A key some release stopped accepting. {@code movedTo} may hold {@code *} bound positionally to
     * {@code path}'s; {@code reportedBy} names a dedicated rule that reports it instead of {@code retired-key}.
     */
    public record RetiredKey(KeyPattern path, OpenClawVersion removedIn, OpenClawVersion lastAcceptedIn,
            OpenClawVersion addedIn, KeyPattern movedTo, Repair repair, long scale, boolean migratedOnLoad,
            String reportedBy, boolean uncertain, String note, String source, Shape shape) {

        /** True when a member found at {@code path} is this retired key (a scalar-only entry skips objects, an object-only one the rest). */
        public boolean matchesValue(Json5Value value) {
            if (shape == null) {
                return true;
            }
            return shape.object() ? value instanceof Json5Object : !shape.scalar() || !(value instanceof Json5Object);
        }

        /** True when the release rejects the key because it is retired (not merely too old to know it). */
        public boolean rejectedBy(OpenClawVersion version) {
            return !migratedOnLoad && version.compareTo(removedIn) >= 0;
        }

        /** True when the release is known to accept the key (or load it with an in-memory migration). */
        public boolean acceptedBy(OpenClawVersion version) {
            return (addedIn == null || version.compareTo(addedIn) >= 0) && !rejectedBy(version);
        }
    }

    /**
     * How a retired value's shape changes when it moves: {@code scalar} entries match only a non-object value (an
     * object at the same path is the current shape); {@code values} maps the old value's JSON text to the new one
     * ({@code default} for any other); {@code preferSibling} names a sibling key whose value, when present, wins
     * over the member's own; {@code dropWhenTargetSet}: when the destination already holds a value, removing the
     * member is the migration (the newer value wins); {@code eachElement}: a member (as JSON5 text, e.g.
     * {@code capabilities: ["audio"]}) every object of the moved array gains; {@code object}: only an object value at
     * the path is retired (the plain value is the current shape), {@code collapse} the member whose boolean the object
     * becomes (else {@code true} when another member is {@code true}); {@code createWith}: a member (JSON5 text) the
     * destination's parent object starts with when the move creates it ({@code mode: "idle"} beside
     * {@code session.reset.idleMinutes}); {@code andSibling}: a sibling retired with this key into the same place,
     * the two booleans becoming one that is {@code true} only when both were (the first written moves, the other is
     * then dropped as the destination is set);
     * {@code emptyWithout}: members the migration drops, so a block holding nothing else is removed; {@code computed}:
     * the name of a migration written in code (rules.checks.RetiredKey#computedFix).
     */
    public record Shape(java.util.Map<String, String> values, String preferSibling, boolean dropWhenTargetSet, boolean scalar,
            String eachElement, boolean object, String collapse, String createWith, String andSibling, List<String> emptyWithout,
            String computed) {
        /** The new value's JSON text for an old value's JSON text, or null when it maps to nothing. */
        public String map(String oldJson) {
            if (values.isEmpty()) {
                return oldJson;
            }
            String mapped = values.get(oldJson);
            return mapped != null ? mapped : values.getOrDefault("default", oldJson);
        }
    }

    /** A key older releases reject. {@code instead} is what those releases take, or null. */
    public record IntroducedKey(KeyPattern path, OpenClawVersion addedIn, OpenClawVersion lastRejectedIn,
            String instead, boolean uncertain, String note, String source) {

        public boolean acceptedBy(OpenClawVersion version) {
            return version.compareTo(addedIn) >= 0;
        }
    }

    /** A dotted path whose {@code *} segments match any map key or array index; {@code except} limits the last {@code *}. */
    public record KeyPattern(List<String> segments, List<String> except) {

        public static KeyPattern parse(String dotted, List<String> except) {
            return new KeyPattern(List.of(dotted.split("\\.", -1)), List.copyOf(except));
        }

        public boolean matches(ConfigPath path) {
            List<Object> actual = path.segments();
            if (actual.size() != segments.size()) {
                return false;
            }
            int lastStar = segments.lastIndexOf("*");
            for (int i = 0; i < segments.size(); i++) {
                String want = segments.get(i);
                Object got = actual.get(i);
                if (want.equals("*")) {
                    if (i == lastStar && got instanceof String s && except.contains(s)) {
                        return false;
                    }
                } else if (!want.equals(got)) {
                    return false;
                }
            }
            return true;
        }

        /** The concrete path for this pattern, taking each {@code *} from the matching {@code *} of {@code from}; null when one is left unbound. */
        public ConfigPath bind(KeyPattern from, ConfigPath concrete) {
            List<Object> stars = new ArrayList<>();
            for (int i = 0; i < from.segments.size(); i++) {
                if (from.segments.get(i).equals("*")) {
                    stars.add(concrete.segments().get(i));
                }
            }
            ConfigPath out = ConfigPath.root();
            int next = 0;
            for (String segment : segments) {
                if (segment.equals("*")) {
                    if (next >= stars.size()) {
                        return null;
                    }
                    Object bound = stars.get(next++);
                    out = bound instanceof Integer i ? out.index(i) : out.key((String) bound);
                } else {
                    out = out.key(segment);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return String.join(".", segments);
        }
    }

    /** One occurrence of a pattern in a config: the member, the object holding it, and its path. */
    public record Found(ConfigPath path, Json5Object owner, Json5Member member) {
    }

    private final List<RetiredKey> retired;
    private final List<IntroducedKey> introduced;

    private KeyHistory(List<RetiredKey> retired, List<IntroducedKey> introduced) {
        this.retired = retired;
        this.introduced = introduced;
    }

    public static KeyHistory bundled() {
        KeyHistory instance = bundled;
        if (instance == null) {
            instance = read(RESOURCE);
            bundled = instance;
        }
        return instance;
    }

    public List<RetiredKey> retired() {
        return retired;
    }

    public List<IntroducedKey> introduced() {
        return introduced;
    }

    /** The retired-key entry matching this exact path, or null (entries retiring one shape of a current key do not count). */
    public RetiredKey retiredAt(ConfigPath path) {
        for (RetiredKey key : retired) {
            if (key.path().matches(path) && (key.shape() == null || !key.shape().scalar() && !key.shape().object())) {
                return key;
            }
        }
        return null;
    }

    /** The introduced-key entry matching this exact path, or null. */
    public IntroducedKey introducedAt(ConfigPath path) {
        for (IntroducedKey key : introduced) {
            if (key.path().matches(path)) {
                return key;
            }
        }
        return null;
    }

    /**
     * False when clawc knows the release rejects the key at this path, or a key above it: retired
     * there (release >= removedIn) or not yet added (release < addedIn). True otherwise, including
     * for keys clawc has no history for.
     */
    public boolean acceptedBy(ConfigPath path, OpenClawVersion version) {
        List<Object> segments = path.segments();
        for (int n = 1; n <= segments.size(); n++) {
            ConfigPath prefix = ConfigPath.of(segments.subList(0, n).toArray());
            RetiredKey gone = retiredAt(prefix);
            if (gone != null && !gone.acceptedBy(version)) {
                return false;
            }
            IntroducedKey added = introducedAt(prefix);
            if (added != null && !added.acceptedBy(version)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a schema finding is an {@code unknown-key} for a key the 2026.9.6 schema no longer
     * knows but the target release still accepts (a retired key, target below its removal). The
     * pipeline drops such findings: the file is fine for the release it is checked against.
     */
    public static boolean acceptedUnder(Diagnostic schemaFinding, OpenClawVersion target) {
        if (!SchemaRules.UNKNOWN_KEY.equals(schemaFinding.rule()) || schemaFinding.path() == null || schemaFinding.path().isRoot()) {
            return false;
        }
        KeyHistory history = bundled();
        RetiredKey key = history.retiredAt(schemaFinding.path());
        return key != null && key.acceptedBy(target) && history.acceptedBy(schemaFinding.path(), target);
    }

    /** Every member of the config at a path the pattern matches, in source order. */
    public static List<Found> find(Json5Value root, KeyPattern pattern) {
        List<Found> out = new ArrayList<>();
        walk(root, ConfigPath.root(), pattern, 0, out);
        return out;
    }

    private static void walk(Json5Value node, ConfigPath at, KeyPattern pattern, int depth, List<Found> out) {
        List<String> segments = pattern.segments();
        String want = segments.get(depth);
        boolean last = depth == segments.size() - 1;
        if (node instanceof Json5Object object) {
            for (Json5Member member : object.members()) {
                if (!want.equals("*") && !want.equals(member.name())) {
                    continue;
                }
                ConfigPath path = at.key(member.name());
                if (last) {
                    if (pattern.matches(path)) {
                        out.add(new Found(path, object, member));
                    }
                } else {
                    walk(member.value(), path, pattern, depth + 1, out);
                }
            }
        } else if (node instanceof Json5Array array && want.equals("*") && !last) {
            List<Json5Value> elements = array.elements();
            for (int i = 0; i < elements.size(); i++) {
                walk(elements.get(i), at.index(i), pattern, depth + 1, out);
            }
        }
    }

    // ------------------------------------------------------------------ reading keys.json5

    static KeyHistory read(String resource) {
        Json5Object file = parse(resource);
        List<RetiredKey> retired = new ArrayList<>();
        for (Json5Value v : ((Json5Array) file.get("retired")).elements()) {
            Json5Object e = (Json5Object) v;
            KeyPattern path = KeyPattern.parse(required(e, "path"), strings(e, "except"));
            String movedTo = text(e, "movedTo");
            String repair = text(e, "fix");
            Repair how = repair != null ? Repair.valueOf(repair.toUpperCase(java.util.Locale.ROOT))
                    : movedTo == null ? Repair.REMOVE : Repair.MOVE;
            long scale = e.get("scale") instanceof Json5Number n ? n.decimalValue().longValueExact() : 1;
            retired.add(new RetiredKey(path, OpenClawVersion.parse(required(e, "removedIn")), version(e, "lastAcceptedIn"), version(e, "addedIn"),
                    movedTo == null ? null : KeyPattern.parse(movedTo, List.of()), how, scale, flag(e, "migratedOnLoad"),
                    text(e, "reportedBy"), flag(e, "uncertain"), required(e, "note"), required(e, "source"), shape(e)));
        }
        List<IntroducedKey> introduced = new ArrayList<>();
        for (Json5Value v : ((Json5Array) file.get("introduced")).elements()) {
            Json5Object e = (Json5Object) v;
            introduced.add(new IntroducedKey(KeyPattern.parse(required(e, "path"), List.of()), OpenClawVersion.parse(required(e, "addedIn")),
                    version(e, "lastRejectedIn"), text(e, "instead"), flag(e, "uncertain"), required(e, "note"),
                    required(e, "source")));
        }
        return new KeyHistory(Collections.unmodifiableList(retired), Collections.unmodifiableList(introduced));
    }

    private static Json5Object parse(String resource) {
        try (InputStream in = KeyHistory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            ParseResult parsed = Json5Reader.read(new SourceFile("keys.json5", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            if (parsed.hasErrors() || !(parsed.value() instanceof Json5Object object)) {
                throw new IllegalStateException("bad " + resource + ": " + parsed.diagnostics());
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Shape shape(Json5Object entry) {
        boolean scalar = flag(entry, "scalar");
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        if (entry.get("values") instanceof Json5Object map) {
            for (Json5Member m : map.members()) {
                values.put(m.name(), ((Json5String) m.value()).value());
            }
        }
        String sibling = text(entry, "preferSibling");
        boolean drop = flag(entry, "dropWhenTargetSet");
        String each = text(entry, "eachElement");
        boolean object = flag(entry, "object");
        String collapse = text(entry, "collapse");
        String createWith = text(entry, "createWith");
        String andSibling = text(entry, "andSibling");
        List<String> emptyWithout = strings(entry, "emptyWithout");
        String computed = text(entry, "computed");
        if (!scalar && values.isEmpty() && sibling == null && !drop && each == null && !object && collapse == null && createWith == null
                && andSibling == null && emptyWithout.isEmpty() && computed == null) {
            return null;
        }
        return new Shape(java.util.Map.copyOf(values), sibling, drop, scalar, each, object, collapse, createWith, andSibling,
                List.copyOf(emptyWithout), computed);
    }

    private static String text(Json5Object entry, String key) {
        return entry.get(key) instanceof Json5String s ? s.value() : null;
    }

    private static String required(Json5Object entry, String key) {
        String value = text(entry, key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("keys.json5: entry " + text(entry, "path") + " has no `" + key + "`");
        }
        return value;
    }

    private static OpenClawVersion version(Json5Object entry, String key) {
        String value = text(entry, key);
        return value == null ? null : OpenClawVersion.parse(value);
    }

    private static boolean flag(Json5Object entry, String key) {
        return entry.get(key) instanceof Json5Boolean b && b.value();
    }

    private static List<String> strings(Json5Object entry, String key) {
        if (!(entry.get(key) instanceof Json5Array array)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Json5Value v : array.elements()) {
            out.add(((Json5String) v).value());
        }
        return out;
    }
}
