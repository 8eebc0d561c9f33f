package dev.clawc.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The stable OpenClaw releases clawc has facts for (rules/openclaw/releases/releases.json, written by
 * tools/openclaw-sync), oldest first. Every other piece of release knowledge is kept as ranges over these.
 */
public final class Releases {
    static final String DIR = "/clawc/rules/openclaw/releases/";
    private static volatile Releases bundled;

    /** One synced release: its number, npm date, and whether its CLI has `config validate`. */
    public record Release(OpenClawVersion version, String date, boolean hasConfigValidate) {
    }

    private final List<Release> releases;

    private Releases(List<Release> releases) {
        this.releases = releases;
    }

    public static Releases bundled() {
        Releases instance = bundled;
        if (instance == null) {
            synchronized (Releases.class) {
                instance = bundled;
                if (instance == null) {
                    instance = parse(readJson("releases.json"));
                    bundled = instance;
                }
            }
        }
        return instance;
    }

    static Releases parse(JsonNode doc) {
        List<Release> list = new ArrayList<>();
        for (JsonNode r : doc.get("releases")) {
            list.add(new Release(OpenClawVersion.parse(r.get("release").asText()), r.path("date").asText(""),
                    r.path("configValidate").asBoolean(false)));
        }
        list.sort((a, b) -> a.version().compareTo(b.version()));
        return new Releases(Collections.unmodifiableList(list));
    }

    public List<Release> all() {
        return releases;
    }

    public OpenClawVersion oldest() {
        return releases.get(0).version();
    }

    public OpenClawVersion newest() {
        return releases.get(releases.size() - 1).version();
    }

    /** True when {@code version} is a synced release, or names one without its {@code -N} rebuild suffix. */
    public boolean contains(OpenClawVersion version) {
        return releases.stream().anyMatch(r -> r.version().equals(version) || sameRelease(r.version(), version));
    }

    /** {@code 2026.2.6} and its rebuild {@code 2026.2.6-3}: npm has only the rebuild, users write the release. */
    private static boolean sameRelease(OpenClawVersion synced, OpenClawVersion asked) {
        return asked.build() == 0 && synced.year() == asked.year() && synced.month() == asked.month()
                && synced.day() == asked.day();
    }

    /**
     * The release whose facts apply to {@code version}: itself when synced, else the nearest synced release
     * below it (a version between two releases behaves as the one before it), the oldest for older ones.
     */
    public OpenClawVersion factsFor(OpenClawVersion version) {
        OpenClawVersion best = releases.get(0).version();
        for (Release r : releases) {
            if (r.version().compareTo(version) <= 0 || sameRelease(r.version(), version)) {
                best = r.version();
            }
        }
        return best;
    }

    static JsonNode readJson(String name) {
        try (InputStream in = Releases.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name + " (run tools/openclaw-sync)");
            }
            return BundledJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
