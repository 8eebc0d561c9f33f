package dev.clawc.config;

import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The behaviour profiles of the OpenClaw releases clawc knows, read from rules/openclaw/. */
public final class VersionProfiles {
    private static final String DIR = "/clawc/rules/openclaw/";
    private static volatile VersionProfiles bundled;

    private final List<OpenClawVersion> versions;
    private final java.util.Map<OpenClawVersion, VersionProfile> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    private VersionProfiles(List<OpenClawVersion> versions) {
        this.versions = versions;
    }

    /** The profile a version is checked with, and whether it is the release itself or the nearest one below. */
    public record Selection(VersionProfile profile, boolean exactRelease, boolean belowOldest) {
    }

    public static synchronized VersionProfiles bundled() {
        VersionProfiles instance = bundled;
        if (instance == null) {
            Json5Object index = read("index.json5");
            List<OpenClawVersion> list = new ArrayList<>();
            for (Json5Value v : ((Json5Array) index.get("profiles")).elements()) {
                list.add(OpenClawVersion.parse(((Json5String) v).value()));
            }
            instance = new VersionProfiles(Collections.unmodifiableList(list));
            bundled = instance;
        }
        return instance;
    }

    /** Every profile, oldest first (each file is read on first use). */
    public List<VersionProfile> all() {
        List<VersionProfile> all = new ArrayList<>();
        for (OpenClawVersion version : versions) {
            all.add(profile(version));
        }
        return all;
    }

    public VersionProfile newest() {
        return profile(versions.get(versions.size() - 1));
    }

    /** The profile of the release itself, else of the nearest release below it (the oldest, for older ones). */
    public Selection select(OpenClawVersion version) {
        OpenClawVersion best = null;
        for (OpenClawVersion candidate : versions) {
            if (candidate.compareTo(version) <= 0) {
                best = candidate;
            }
        }
        if (best == null) {
            return new Selection(profile(versions.get(0)), false, true);
        }
        boolean exact = best.year() == version.year() && best.month() == version.month() && best.day() == version.day();
        return new Selection(profile(best), exact, false);
    }

    private VersionProfile profile(OpenClawVersion version) {
        return parsed.computeIfAbsent(version, v -> parse(read(v + ".json5")));
    }

    private static VersionProfile parse(Json5Object file) {
        OpenClawVersion version = OpenClawVersion.parse(((Json5String) file.get("version")).value());
        boolean exact = file.get("exact") instanceof Json5Boolean b && b.value();
        Map<String, Json5Object> switches = new LinkedHashMap<>();
        for (Json5Member member : ((Json5Object) file.get("switches")).members()) {
            switches.put(member.name(), (Json5Object) member.value());
        }
        return new VersionProfile(version, exact, Collections.unmodifiableMap(switches));
    }

    static Json5Object read(String name) {
        ParseResult parsed = Json5Reader.read(new SourceFile(name, BundledData.text(DIR + name)));
        if (parsed.hasErrors() || !(parsed.value() instanceof Json5Object object)) {
            throw new IllegalStateException("bad profile " + name + ": " + parsed.diagnostics());
        }
        return object;
    }
}
