package dev.clawc.config;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.json5.Json5Value;
import dev.clawc.release.InstalledOpenClaw;
import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.Releases;
import java.util.ArrayList;
import java.util.List;

/**
 * Which OpenClaw release a config is checked against, and why: {@code --openclaw-version} (a release, or
 * {@code installed}), else the {@code meta.lastTouchedVersion} OpenClaw wrote into the file, else the newest
 * release clawc has synced. {@link #diagnostics()} says when that choice deserves a word: a release newer than
 * every synced one (checked as the newest), or an installed OpenClaw that differs from the file's stamp.
 */
public record VersionChoice(OpenClawVersion version, String source, VersionProfiles.Selection selection,
        List<Diagnostic> diagnostics) {

    public static final String INSTALLED = "installed";

    public static VersionChoice choose(String requested, Json5Value root) {
        boolean needed = INSTALLED.equals(requested) || (requested == null && Nodes.string(root, "meta", "lastTouchedVersion") != null);
        return choose(requested, root, needed ? InstalledOpenClaw.find() : null);
    }

    /** The choice given the OpenClaw installed on this machine ({@code installed} null: none found). */
    static VersionChoice choose(String requested, Json5Value root, InstalledOpenClaw.Found installed) {
        List<Diagnostic> notes = new ArrayList<>();
        Json5Value touchedNode = Nodes.at(root, "meta", "lastTouchedVersion");
        String touched = Nodes.string(root, "meta", "lastTouchedVersion");
        boolean touchedValid = touched != null && OpenClawVersion.isVersion(touched);
        OpenClawVersion version;
        String source;
        if (INSTALLED.equals(requested)) {
            InstalledOpenClaw.Found found = installed;
            if (found == null) {
                throw new IllegalArgumentException("--openclaw-version installed: no OpenClaw installation found (looked for"
                        + " `openclaw` on PATH and under npm's global prefix)");
            }
            version = found.version();
            source = "the OpenClaw installed at " + found.packageJson().getParent();
        } else if (requested != null) {
            version = OpenClawVersion.parse(requested);
            source = "--openclaw-version";
        } else if (touchedValid) {
            version = OpenClawVersion.parse(touched);
            source = "meta.lastTouchedVersion";
            InstalledOpenClaw.Found found = installed;
            if (found != null && !found.version().equals(version)) {
                notes.add(Diagnostic.builder(ConfigRules.RELEASE_MISMATCH, Severity.WARNING, "this file was last written by OpenClaw "
                                + version + ", but OpenClaw " + found.version() + " is installed; checking against " + version)
                        .at(touchedNode.span(), "OpenClaw " + found.version() + " is installed at "
                                + found.packageJson().getParent())
                        .path(ConfigPath.of("meta", "lastTouchedVersion"))
                        .note("the stamp changes only when OpenClaw writes the file, so after an upgrade it still names the old"
                                + " release, and keys or models the new release rejects go unreported")
                        .help("check against what runs here with `--openclaw-version installed`, or let OpenClaw rewrite the"
                                + " stamp (`openclaw doctor`)")
                        .build());
            }
        } else {
            version = Releases.bundled().newest();
            source = "newest release clawc knows";
        }
        VersionProfiles.Selection selection = VersionProfiles.bundled().select(version);
        if (selection.newerThanSynced()) {
            var d = Diagnostic.builder(ConfigRules.RELEASE_NOT_SYNCED, Severity.INFO, "clawc has no facts for OpenClaw " + version
                    + " yet; checking against " + Releases.bundled().newest() + ", the newest release it knows");
            if (source.equals("meta.lastTouchedVersion")) {
                d.at(touchedNode.span(), "newer than every release clawc knows").path(ConfigPath.of("meta", "lastTouchedVersion"));
            }
            d.note("keys, models and behaviour this release added are unknown to clawc and may be reported as errors");
            d.help("update clawc, or pass `--openclaw-version " + Releases.bundled().newest() + "`");
            notes.add(d.build());
        }
        return new VersionChoice(version, source, selection, List.copyOf(notes));
    }

    public VersionProfile profile() {
        return selection.profile();
    }

    /** "OpenClaw 2026.9.6 (from meta.lastTouchedVersion)", plus which release's facts apply when not its own. */
    public String describe() {
        String from = source.startsWith("-") || source.startsWith("meta") ? "from " + source : source;
        String text = "OpenClaw " + version + " (" + from + ")";
        if (selection.newerThanSynced()) {
            text += "; newer than every release clawc knows, checked as " + selection.profile().version();
        } else if (selection.belowOldest()) {
            text += "; older than every release clawc knows, checked as " + Releases.bundled().oldest();
        } else if (!selection.syncedRelease()) {
            text += "; not a stable release clawc knows, checked as " + Releases.bundled().factsFor(version);
        }
        return text;
    }
}
