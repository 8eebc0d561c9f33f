package dev.clawc.rules.checks;

import dev.clawc.config.KeyHistory;
import dev.clawc.config.KeyHistory.Found;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.diag.Span;
import dev.clawc.json5.Json5Key;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.rules.Rule;
import dev.clawc.rules.RuleCategory;
import dev.clawc.rules.RuleContext;
import dev.clawc.rules.RuleInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A key the target OpenClaw release no longer accepts because a newer release retired or moved it
 * (rules/openclaw/keys.json5). Most real configs were written by an older CLI, so this is the
 * commonest reason a config stops loading after an upgrade; the finding says which release removed
 * the key and where its value went, instead of the schema's bare "unknown key".
 */
@RuleInfo(id = "retired-key", severity = Severity.ERROR, category = RuleCategory.VERSION, refusing = true, supersedesSchema = true,
        summary = "A key the target OpenClaw release retired or moved; OpenClaw rejects the config as written.")
public final class RetiredKey implements Rule {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** One retired key found in the config, with where its value would go. */
    private record Hit(KeyHistory.RetiredKey entry, Found found, ConfigPath target) {
    }

    @Override
    public void check(RuleContext context) {
        OpenClawVersion version = context.version();
        List<Hit> hits = new ArrayList<>();
        List<ConfigPath> reported = new ArrayList<>();
        List<ConfigPath> moving = new ArrayList<>();
        for (KeyHistory.RetiredKey entry : KeyHistory.bundled().retired()) {
            if (!entry.rejectedBy(version) || entry.reportedBy() != null) {
                continue;
            }
            for (Found found : KeyHistory.find(context.config().root(), entry.path())) {
                if (!entry.matchesValue(found.member().value())) {
                    continue;
                }
                boolean insideMove = moving.stream().anyMatch(m -> isAncestor(m, found.path()));
                if (insideMove || !under(found.path(), reported)) {
                    reported.add(found.path());
                    ConfigPath target = entry.movedTo() == null ? null : entry.movedTo().bind(entry.path(), found.path());
                    hits.add(new Hit(entry, found, target));
                    if (target != null && entry.repair() == KeyHistory.Repair.MOVE && entry.shape() == null
                            || entry.repair() == KeyHistory.Repair.REMOVE) {
                        // keys retired inside a moved or removed value are reported too: their own migration goes first
                        moving.add(found.path());
                    }
                }
            }
        }
        hits.removeIf(h -> hits.stream().anyMatch(o -> o != h && isAncestor(o.found().path(), h.found().path())
                && !moving.contains(o.found().path())));
        java.util.Set<String> claims = new java.util.HashSet<>();
        for (Hit hit : hits) {
            context.report(diagnostic(context, hit, hits, version, claims));
        }
    }

    private static Diagnostic.Builder diagnostic(RuleContext context, Hit hit, List<Hit> all, OpenClawVersion version,
            java.util.Set<String> claims) {
        KeyHistory.RetiredKey entry = hit.entry();
        Json5Member member = hit.found().member();
        ConfigPath path = hit.found().path();
        String where = path.parent().isRoot() ? "at the top level" : "in `" + path.parent() + "`";
        boolean scalar = entry.shape() != null && entry.shape().scalar();
        boolean object = entry.shape() != null && entry.shape().object();
        Diagnostic.Builder d = (scalar
                ? context.diagnostic("a plain value for `" + member.name() + "` " + where + " was retired in OpenClaw " + entry.removedIn())
                        .at(member.value().span(), "an object is expected by OpenClaw " + version)
                : object
                ? context.diagnostic("an object for `" + member.name() + "` " + where + " was retired in OpenClaw " + entry.removedIn())
                        .at(member.value().span(), "a plain value is expected by OpenClaw " + version)
                : context.diagnostic("key `" + member.name() + "` " + where + " was removed in OpenClaw " + entry.removedIn())
                        .at(member.key().span(), "not accepted by OpenClaw " + version))
                .path(path)
                .note(entry.note())
                .note("OpenClaw " + version + " rejects the config as written (" + (scalar || object ? "wrong type" : "`Unrecognized key`")
                        + "); `openclaw doctor --fix` migrates or removes retired keys, rewriting the file");
        if (entry.uncertain()) {
            d.note("the exact release is uncertain: " + (entry.lastAcceptedIn() == null ? "no release clawc checked accepted it"
                    : entry.lastAcceptedIn() + " still accepts it") + ", " + entry.removedIn() + " rejects it");
        } else if (entry.lastAcceptedIn() != null) {
            d.note(entry.addedIn() != null ? "OpenClaw " + entry.addedIn() + " to " + entry.lastAcceptedIn() + " accept it"
                    : "OpenClaw " + entry.lastAcceptedIn() + " and older accept it");
        }
        String target = hit.target() == null ? null : hit.target().toString();
        if (target == null && entry.movedTo() != null) {
            target = entry.movedTo().toString().replace("*", "<id>");
        }
        switch (entry.repair()) {
            case REMOVE -> {
                if (all.stream().anyMatch(o -> o != hit && isAncestor(path, o.found().path()))) {
                    d.help("remove it once the keys inside it have been migrated");
                } else {
                    d.help(target == null ? "remove it" : "remove it (`" + target + "` is where this is set now)")
                            .fix(new Fix("remove `" + member.name() + "`", removal(member)));
                }
            }
            case MOVE -> {
                if (entry.shape() != null) {
                    reshape(d, context, hit, target);
                    break;
                }
                String value = scaled(member, entry.scale());
                if (all.stream().anyMatch(o -> o != hit && isAncestor(path, o.found().path()))) {
                    d.help("move it to `" + target + "` once the retired keys inside it are gone");
                    break;
                }
                boolean rename = hit.target() != null && hit.target().parent().equals(path.parent());
                String as = value == null ? "" : ", with the value in the new unit: `" + value + "`";
                d.help(rename ? "rename it to `" + hit.target().lastKey() + "`" + as : "move it to `" + target + "`" + as);
                Fix fix = hit.target() == null ? null : moveFix(hit, all, value);
                if (fix == null && hit.target() != null) {
                    fix = crossMove(context, hit, value, claims);
                }
                if (fix != null) {
                    d.fix(fix);
                }
            }
            case MANUAL -> {
                Fix computed = computedFix(hit);
                if (computed != null) {
                    d.help((target != null ? "its settings belong in `" + target + "` now: " : "") + computed.description()
                            + ", as `openclaw doctor --fix` does").fix(computed);
                } else if (target != null) {
                    d.help("move its settings to `" + target + "`, or run `openclaw doctor --fix`, which carries them over");
                } else {
                    d.help("run `openclaw doctor --fix`: it carries what still applies over before removing the key");
                }
            }
            default -> throw new IllegalStateException();
        }
        return d;
    }

    /**
     * An edit for a move that stays inside the key's own object: a rename ({@code timeoutSec} to
     * {@code timeoutSeconds}) or one level of nesting ({@code denyCommands} to {@code commands.deny}),
     * when the new key is not there yet and no other finding moves a key into the same place.
     */
    private static Fix moveFix(Hit hit, List<Hit> all, String scaledValue) {
        ConfigPath from = hit.found().path();
        ConfigPath to = hit.target();
        List<Object> parent = from.parent().segments();
        List<Object> dest = to.segments();
        if (dest.size() < parent.size() + 1 || !dest.subList(0, parent.size()).equals(parent)) {
            return null;
        }
        List<Object> rest = dest.subList(parent.size(), dest.size());
        if (rest.size() > 2 || rest.stream().anyMatch(s -> !(s instanceof String))) {
            return null;
        }
        String first = (String) rest.get(0);
        Json5Object owner = hit.found().owner();
        if (owner.member(first) != null) {
            return null; // the destination exists: merging is a judgement call
        }
        for (Hit other : all) {
            if (other != hit && other.target() != null && other.found().owner() == owner
                    && other.target().segments().size() > parent.size()
                    && first.equals(other.target().segments().get(parent.size()))) {
                return null; // two keys would create the same new member
            }
        }
        Json5Member member = hit.found().member();
        Json5Key key = member.key();
        List<Fix.Edit> edits = new ArrayList<>();
        Span value = member.value().span();
        if (rest.size() == 1) {
            edits.add(new Fix.Edit(key.span(), keyText(first, key)));
            if (scaledValue != null) {
                edits.add(new Fix.Edit(value, scaledValue));
            }
        } else {
            edits.add(new Fix.Edit(key.span(), keyText(first, key) + ": { " + keyText((String) rest.get(1), key)));
            edits.add(scaledValue != null ? new Fix.Edit(value, scaledValue + " }")
                    : new Fix.Edit(value.file().span(value.end(), value.end()), " }"));
        }
        return new Fix("move `" + member.name() + "` to `" + to + "`", edits);
    }

    /**
     * A move that may change the value (a scalar wrapped into an object, a value mapped to its new spelling, a
     * sibling's value preferred) or drop the key when the destination already holds one, as the entry's
     * {@link KeyHistory.Shape} says.
     */
    private static void reshape(Diagnostic.Builder d, RuleContext context, Hit hit, String target) {
        KeyHistory.Shape shape = hit.entry().shape();
        Json5Member member = hit.found().member();
        if (shape.collapse() != null) {
            collapse(d, member, shape.collapse());
            return;
        }
        Json5Object owner = hit.found().owner();
        ConfigPath path = hit.found().path();
        ConfigPath to = hit.target();
        Json5Member sibling = shape.preferSibling() == null ? null : owner.member(shape.preferSibling());
        String value = shape.map(jsonText(sibling != null ? sibling.value() : member.value()));
        if (value != null && shape.eachElement() != null) {
            value = withEachElement(member.value(), shape.eachElement());
        }
        Json5Member partner = shape.andSibling() == null ? null : owner.member(shape.andSibling());
        if (partner != null) {
            // two retired switches become one that is on only when both were: the first written moves with both values
            // (both must be booleans to say which), the other is dropped on the next round as the destination is set
            if (partner.span().start() < member.span().start()) {
                d.help("it goes with `" + partner.name() + "`: both become `" + target + "`, `true` only when both are");
                return;
            }
            value = member.value() instanceof dev.clawc.json5.Json5Boolean a && partner.value() instanceof dev.clawc.json5.Json5Boolean b
                    ? String.valueOf(a.value() && b.value()) : null;
        }
        if (to == null || value == null) {
            d.help("move its value to `" + target + "`, or run `openclaw doctor --fix`");
            return;
        }
        List<Object> own = path.segments();
        List<Object> dest = to.segments();
        if (dest.size() == own.size() + 1 && dest.subList(0, own.size()).equals(own) && dest.get(own.size()) instanceof String inner) {
            // the value becomes an object holding it: `streaming: true` -> `streaming: { mode: "partial" }`
            List<Fix.Edit> edits = new ArrayList<>();
            edits.add(new Fix.Edit(member.value().span(), "{ " + keyText(inner, member.key()) + ": " + value + " }"));
            if (sibling != null) {
                edits.addAll(removal(sibling));
            }
            d.help("write it as `{ " + inner + ": " + value + " }`" + (sibling != null ? " (from `" + sibling.name() + "`), dropping `"
                    + sibling.name() + "`" : ""));
            d.fix(new Fix("write `" + member.name() + "` as `{ " + inner + ": " + value + " }`", edits));
            return;
        }
        MemberMove.Landing landing = MemberMove.landing(context.config().root(), to);
        if (landing != null && shape.createWith() != null && landing.missing().size() >= 2) {
            // the move creates the destination's parent: it starts with the member OpenClaw writes there too
            landing = MemberMove.landing(context.config().root(), to.parent());
            value = "{ " + memberText(shape.createWith(), member.key()) + ", " + MemberMove.keyText(to.lastKey(), member.key()) + ": "
                    + value + " }";
        }
        if (landing == null) {
            if (shape.dropWhenTargetSet() && MemberMove.exists(context.config().root(), to)) {
                d.help("remove it: `" + to + "` is set and wins");
                d.fix(new Fix("remove `" + member.name() + "` (`" + to + "` is set)", removal(member)));
            } else {
                d.help("move its value to `" + target + "`");
            }
            return;
        }
        List<Fix.Edit> edits = MemberMove.edits(member, landing, value);
        d.help("move it to `" + target + "`" + (value.equals(member.value().span().text()) ? "" : " as `" + value + "`")
                + (partner != null ? " (with `" + partner.name() + "`)" : ""));
        if (edits != null) {
            d.fix(new Fix("move `" + member.name() + "` to `" + to + "`", edits));
        }
    }

    /**
     * The edit for a migration the plain move cannot express, as the entry's shape names it: a block that holds
     * nothing but members the migration drops ({@code emptyWithout}) is removed; {@code computed: "memory-qmd"} is
     * {@link QmdCarryOver}. Null when there is none.
     */
    private static Fix computedFix(Hit hit) {
        KeyHistory.Shape shape = hit.entry().shape();
        Json5Member member = hit.found().member();
        if (shape == null) {
            return null;
        }
        if ("memory-qmd".equals(shape.computed())) {
            return QmdCarryOver.fix(hit.found().owner(), member);
        }
        if (!shape.emptyWithout().isEmpty() && member.value() instanceof Json5Object object
                && object.members().stream().allMatch(m -> shape.emptyWithout().contains(m.name()))) {
            return new Fix("remove `" + member.name() + "` (it holds nothing the migration carries over)", removal(member));
        }
        return null;
    }

    /**
     * An object value written as one boolean, as OpenClaw's doctor collapses it: the value of its {@code key} member
     * when that is a boolean, else {@code true} when any other member is {@code true}. The comments inside the object
     * stay, on their own lines before the member; no edit when the member shares its line (they could not be kept).
     */
    private static void collapse(Diagnostic.Builder d, Json5Member member, String key) {
        if (!(member.value() instanceof Json5Object object)) {
            return;
        }
        boolean value;
        if (object.member(key) != null && object.member(key).value() instanceof dev.clawc.json5.Json5Boolean b) {
            value = b.value();
        } else {
            value = object.members().stream().anyMatch(m -> !m.name().equals(key)
                    && m.value() instanceof dev.clawc.json5.Json5Boolean b && b.value());
        }
        d.help("write it as `" + value + "`");
        List<Fix.Edit> kept = commentsBefore(member);
        if (kept == null) {
            return;
        }
        List<Fix.Edit> edits = new ArrayList<>(kept);
        edits.add(new Fix.Edit(member.value().span(), String.valueOf(value)));
        d.fix(new Fix("write `" + member.name() + "` as `" + value + "`", edits));
    }

    /** A member given as JSON5 text ({@code mode: "idle"}), its key quoted the way {@code like} is. */
    private static String memberText(String text, Json5Key like) {
        int colon = text.indexOf(':');
        String name = text.substring(0, colon).trim().replace("\"", "");
        return MemberMove.keyText(name, like) + ":" + text.substring(colon + 1);
    }

    /**
     * The array's text with {@code addition} written first in each of its objects, or null when an element is not
     * an object or already has that key (merging is a judgement call).
     */
    private static String withEachElement(dev.clawc.json5.Json5Value value, String addition) {
        if (!(value instanceof dev.clawc.json5.Json5Array array)) {
            return null;
        }
        String key = addition.substring(0, addition.indexOf(':')).trim().replace("\"", "");
        Span span = array.span();
        StringBuilder out = new StringBuilder();
        int at = span.start();
        String text = span.file().text();
        for (dev.clawc.json5.Json5Value element : array.elements()) {
            if (!(element instanceof Json5Object object) || object.member(key) != null) {
                return null;
            }
            int open = object.span().start() + 1;
            String after = Character.isWhitespace(text.charAt(open)) ? "," : ", ";
            out.append(text, at, open).append(object.members().isEmpty() ? " " + addition + " " : " " + addition + after);
            at = open;
        }
        out.append(text, at, span.end());
        return out.toString();
    }

    /** The value as JSON text (strings double-quoted), for looking it up in a shape's value map. */
    private static String jsonText(dev.clawc.json5.Json5Value value) {
        if (value instanceof dev.clawc.json5.Json5String s) {
            return "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return value.span().text();
    }

    /**
     * An edit for a move to another object ({@code agents.defaults.memorySearch} to {@code memory.search}):
     * the member is cut and written into the destination, creating the objects on the way; only the first
     * of the round's moves that would create the same new member gets one.
     */
    private static Fix crossMove(RuleContext context, Hit hit, String scaledValue, java.util.Set<String> claims) {
        MemberMove.Landing landing = MemberMove.landing(context.config().root(), hit.target());
        if (landing == null || claims.contains(landing.claim())) {
            return null;
        }
        List<Fix.Edit> edits = MemberMove.edits(hit.found().member(), landing, scaledValue);
        if (edits == null) {
            return null;
        }
        claims.add(landing.claim());
        return new Fix("move `" + hit.found().member().name() + "` to `" + hit.target() + "`", edits);
    }

    /** The value multiplied for a unit change, or null when there is no change or the value is not a plain number. */
    private static String scaled(Json5Member member, long scale) {
        if (scale == 1) {
            return null;
        }
        if (!(member.value() instanceof Json5Number n) || !n.isFinite() || n.isNegative() || n.isHex()) {
            return null;
        }
        BigDecimal value = n.decimalValue().multiply(BigDecimal.valueOf(scale)).stripTrailingZeros();
        return value.scale() <= 0 ? value.toBigIntegerExact().toString() : value.toPlainString();
    }

    private static String keyText(String name, Json5Key like) {
        if (like.quoted() || !PLAIN_KEY.matcher(name).matches()) {
            char quote = like.span().text().charAt(0) == '\'' ? '\'' : '"';
            return quote + name + quote;
        }
        return name;
    }

    /**
     * The edits that delete a member: its whole line(s) when it stands alone on them (with its comma
     * and a trailing line comment), else the member and the comma after it. A last member also
     * takes the comma before it, so no trailing comma is left behind.
     */
    static List<Fix.Edit> removal(Json5Member member) {
        List<Fix.Edit> edits = cut(member);
        List<Fix.Edit> kept = commentsBefore(member);
        if (kept == null || kept.isEmpty()) {
            return edits; // no comments inside, or written on a line with other members: the value's comments go with it
        }
        List<Fix.Edit> out = new ArrayList<>(kept);
        out.addAll(edits);
        return out;
    }

    /**
     * The edit writing the comments inside the member's value each on its own line before the member (so they stay
     * when the value goes): none when there are none, null when the member shares its line with other text.
     */
    static List<Fix.Edit> commentsBefore(Json5Member member) {
        List<String> inner = new ArrayList<>();
        innerComments(member.value(), member.span(), inner);
        if (inner.isEmpty()) {
            return List.of();
        }
        String text = member.span().file().text();
        int lineStart = member.span().start();
        while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
            lineStart--;
        }
        if (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            return null;
        }
        String indent = text.substring(lineStart, member.span().start());
        StringBuilder kept = new StringBuilder();
        for (String comment : inner) {
            kept.append(indent).append(comment).append('\n');
        }
        return List.of(new Fix.Edit(member.span().file().span(lineStart, lineStart), kept.toString()));
    }

    /** The text of every comment inside {@code within}, in source order. */
    private static void innerComments(dev.clawc.json5.Json5Value value, Span within, List<String> out) {
        if (value == null) {
            return;
        }
        List<dev.clawc.json5.Comment> here = new ArrayList<>(value.comments());
        if (value instanceof Json5Object object) {
            for (Json5Member m : object.members()) {
                here.addAll(m.comments());
            }
        }
        here.sort(java.util.Comparator.comparingInt(c -> c.span().start()));
        List<dev.clawc.json5.Json5Value> children = value instanceof Json5Object object
                ? object.members().stream().map(Json5Member::value).toList()
                : value instanceof dev.clawc.json5.Json5Array array ? array.elements() : List.of();
        for (dev.clawc.json5.Comment c : here) {
            if (c.span().start() >= within.start() && c.span().end() <= within.end()) {
                out.add(c.span().text().trim());
            }
        }
        for (dev.clawc.json5.Json5Value child : children) {
            innerComments(child, within, out);
        }
    }

    /** The edits that delete a member and everything inside it (a move: its comments travel with the value). */
    static List<Fix.Edit> cut(Json5Member member) {
        Span span = member.span();
        SourceFile file = span.file();
        String text = file.text();
        int end = skipBlanks(text, span.end());
        boolean comma = end < text.length() && text.charAt(end) == ',';
        end = comma ? end + 1 : span.end();
        int lineStart = span.start();
        while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
            lineStart--;
        }
        boolean ownLine = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
        int j = skipBlanks(text, end);
        if (ownLine && text.startsWith("//", j)) {
            // the comment after the member stays, on its own line: only the member (and its comma) goes
            List<Fix.Edit> edits = new ArrayList<>();
            int before = comma ? -1 : commaBefore(text, span.start());
            if (before >= 0) {
                edits.add(new Fix.Edit(file.span(before, before + 1), ""));
            }
            edits.add(new Fix.Edit(file.span(span.start(), j), ""));
            return edits;
        }
        boolean lineEnds = j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r';
        List<Fix.Edit> edits = new ArrayList<>();
        int before = comma ? -1 : commaBefore(text, span.start());
        if (before >= 0) {
            if (ownLine && lineEnds) {
                edits.add(new Fix.Edit(file.span(before, before + 1), ""));
            } else {
                edits.add(new Fix.Edit(file.span(before, span.end()), ""));
                return edits;
            }
        }
        if (ownLine && lineEnds) {
            if (j < text.length() && text.charAt(j) == '\r') {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                j++;
            }
            edits.add(new Fix.Edit(file.span(lineStart, j), ""));
            return edits;
        }
        edits.add(new Fix.Edit(file.span(span.start(), comma ? skipBlanks(text, end) : end), ""));
        return edits;
    }

    /** The offset of the comma before {@code start} (only whitespace between), or -1: a last member's separator. */
    private static int commaBefore(String text, int start) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && text.charAt(before) == ',' ? before : -1;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean under(ConfigPath path, List<ConfigPath> reported) {
        for (ConfigPath done : reported) {
            if (isAncestor(done, path) || done.equals(path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(ConfigPath ancestor, ConfigPath path) {
        List<Object> a = ancestor.segments();
        List<Object> p = path.segments();
        return a.size() < p.size() && p.subList(0, a.size()).equals(a);
    }
}
