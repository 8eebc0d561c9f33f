package dev.clawc.config;

import dev.clawc.json5.Json5Value;

/**
 * Which OpenClaw release a config is checked against, and why: {@code --openclaw-version}, else the
 * {@code meta.lastTouchedVersion} OpenClaw wrote into the file, else the newest release clawc knows.
 */
public record VersionChoice(OpenClawVersion version, String source) {

    public static VersionChoice choose(String requested, Json5Value root) {
        if (requested != null) {
            return new VersionChoice(OpenClawVersion.parse(requested), "--openclaw-version");
        }
        String touched = Nodes.string(root, "meta", "lastTouchedVersion");
        if (touched != null && OpenClawVersion.isVersion(touched)) {
            return new VersionChoice(OpenClawVersion.parse(touched), "meta.lastTouchedVersion");
        }
        return new VersionChoice(OpenClawVersion.LATEST, "newest release clawc knows");
    }

    /** "OpenClaw 2026.9.6 (from meta.lastTouchedVersion)". */
    public String describe() {
        return "OpenClaw " + version + (source.startsWith("-") || source.startsWith("meta") ? " (from " + source + ")"
                : " (" + source + ")");
    }
}
