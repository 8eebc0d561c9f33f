package dev.clawc.config;

import dev.clawc.json5.Json5Value;

/**
 * Which OpenClaw release a config is checked against, and why: {@code --openclaw-version}, else the
 * {@code meta.lastTouchedVersion} OpenClaw wrote into the file, else the newest release clawc knows.
 * The behaviour profile is that release's, or the nearest one below it.
 */
public record VersionChoice(OpenClawVersion version, String source, VersionProfiles.Selection selection) {

    public static VersionChoice choose(String requested, Json5Value root) {
        VersionProfiles profiles = VersionProfiles.bundled();
        if (requested != null) {
            OpenClawVersion version = OpenClawVersion.parse(requested);
            return new VersionChoice(version, "--openclaw-version", profiles.select(version));
        }
        String touched = Nodes.string(root, "meta", "lastTouchedVersion");
        if (touched != null && OpenClawVersion.isVersion(touched)) {
            OpenClawVersion version = OpenClawVersion.parse(touched);
            return new VersionChoice(version, "meta.lastTouchedVersion", profiles.select(version));
        }
        VersionProfile newest = profiles.newest();
        return new VersionChoice(newest.version(), "newest release clawc knows", profiles.select(newest.version()));
    }

    public VersionProfile profile() {
        return selection.profile();
    }

    /** "OpenClaw 2026.9.6 (from meta.lastTouchedVersion)", plus the profile used when it is another release's. */
    public String describe() {
        String from = source.startsWith("-") || source.startsWith("meta") ? "from " + source : source;
        String text = "OpenClaw " + version + " (" + from + ")";
        if (selection.belowOldest()) {
            text += "; older than every release clawc knows, using the profile of " + selection.profile().version();
        } else if (!selection.exactRelease()) {
            text += "; no profile for this release, using the nearest below: " + selection.profile().version();
        }
        return text;
    }
}
