package dev.clawc.config;

import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import dev.clawc.release.OpenClawVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of OpenClaw behaviour switches (rules/openclaw/switches.json5): each switch once, with its values
 * by release range. The only place in clawc where a release number decides behaviour.
 */
public final class SwitchTable {
    private static final String RESOURCE = "/clawc/rules/openclaw/switches.json5";
    private static volatile SwitchTable bundled;

    /** One value of a switch and the releases it holds for ({@code until} null: to the newest release). */
    public record Segment(OpenClawVersion since, OpenClawVersion until, Json5Value value) {
        boolean holds(OpenClawVersion version) {
            return since.compareTo(version) <= 0 && (until == null || version.compareTo(until) <= 0);
        }
    }

    private final Map<String, List<Segment>> switches;

    private SwitchTable(Map<String, List<Segment>> switches) {
        this.switches = switches;
    }

    public static SwitchTable bundled() {
        SwitchTable instance = bundled;
        if (instance == null) {
            synchronized (SwitchTable.class) {
                instance = bundled;
                if (instance == null) {
                    instance = parse(BundledData.text(RESOURCE));
                    bundled = instance;
                }
            }
        }
        return instance;
    }

    static SwitchTable parse(String text) {
        ParseResult parsed = Json5Reader.read(new SourceFile("switches.json5", text));
        if (parsed.hasErrors() || !(parsed.value() instanceof Json5Object root)) {
            throw new IllegalStateException("bad switch table: " + parsed.diagnostics());
        }
        Map<String, List<Segment>> switches = new LinkedHashMap<>();
        for (Json5Member member : ((Json5Object) root.get("switches")).members()) {
            List<Segment> segments = new ArrayList<>();
            for (Json5Value v : ((Json5Array) ((Json5Object) member.value()).get("values")).elements()) {
                Json5Object seg = (Json5Object) v;
                OpenClawVersion until = seg.get("until") instanceof Json5String u ? OpenClawVersion.parse(u.value()) : null;
                segments.add(new Segment(OpenClawVersion.parse(((Json5String) seg.get("since")).value()), until, seg.get("value")));
            }
            switches.put(member.name(), Collections.unmodifiableList(segments));
        }
        return new SwitchTable(Collections.unmodifiableMap(switches));
    }

    public Map<String, List<Segment>> switches() {
        return switches;
    }

    /** The segment of {@code name} that holds for {@code version}; older than every range: the first one. */
    public Segment at(String name, OpenClawVersion version) {
        List<Segment> segments = switches.get(name);
        if (segments == null) {
            throw new IllegalArgumentException("no switch `" + name + "` in " + RESOURCE);
        }
        for (Segment s : segments) {
            if (s.holds(version)) {
                return s;
            }
        }
        return version.compareTo(segments.get(0).since()) < 0 ? segments.get(0) : segments.get(segments.size() - 1);
    }

    /** The first release from which {@code name} has {@code value} (a Boolean or a String), or null when it never has. */
    public OpenClawVersion firstWith(String name, Object value) {
        for (Segment s : switches.get(name)) {
            if (value.equals(plain(s.value()))) {
                return s.since();
            }
        }
        return null;
    }

    /**
     * The nearest releases at or below and above {@code version} where {@code name} has {@code value}: {below, above},
     * either null when there is none on that side.
     */
    public OpenClawVersion[] nearestWith(String name, Object value, OpenClawVersion version) {
        OpenClawVersion below = null;
        OpenClawVersion above = null;
        for (Segment s : switches.get(name)) {
            if (!value.equals(plain(s.value()))) {
                continue;
            }
            if (s.since().compareTo(version) <= 0) {
                OpenClawVersion top = s.until() == null || s.until().compareTo(version) > 0 ? version : s.until();
                below = below == null || top.compareTo(below) > 0 ? top : below;
            } else if (above == null || s.since().compareTo(above) < 0) {
                above = s.since();
            }
        }
        return new OpenClawVersion[] {below, above};
    }

    /** The last release in which {@code name} has {@code value}, or null when it never has (or still has). */
    public OpenClawVersion lastWith(String name, Object value) {
        OpenClawVersion last = null;
        for (Segment s : switches.get(name)) {
            if (value.equals(plain(s.value()))) {
                last = s.until();
            }
        }
        return last;
    }

    /**
     * The releases where a rule's {@code when} holds ({@link Condition}), as {since, until} ("" = unbounded; until
     * exclusive: the first release where it no longer holds). A rule's condition holds in one run of releases; a test
     * holds it to that.
     */
    public String[] trueRange(String when) {
        Condition condition = Condition.parse(when);
        List<Segment> segments = switches.get(condition.name());
        if (segments == null) {
            throw new IllegalArgumentException("no switch `" + condition.name() + "` in " + RESOURCE);
        }
        String since = null;
        String until = "";
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (condition.holds(s.value())) {
                since = since != null ? since : i == 0 ? "" : s.since().toString();
                // exclusive, as RuleMeta.until: the first release of the next range
                until = i + 1 < segments.size() ? segments.get(i + 1).since().toString() : "";
            }
        }
        return since == null ? null : new String[] {since, until};
    }

    /**
     * A rule's {@code when}: {@code name} (a boolean switch is true) or {@code name!=value} (a switch holds any other
     * value than this one).
     */
    public record Condition(String name, String unlike) {
        public static Condition parse(String when) {
            int at = when.indexOf("!=");
            return at < 0 ? new Condition(when.trim(), null) : new Condition(when.substring(0, at).trim(), when.substring(at + 2).trim());
        }

        public boolean holds(Json5Value value) {
            Object plain = plain(value);
            return unlike == null ? Boolean.TRUE.equals(plain) : plain != null && !unlike.equals(String.valueOf(plain));
        }
    }

    static Object plain(Json5Value value) {
        if (value instanceof dev.clawc.json5.Json5Boolean b) {
            return b.value();
        }
        return value instanceof Json5String s ? s.value() : null;
    }
}
