package dev.clawc.config;

import dev.clawc.release.OpenClawVersion;
import dev.clawc.release.Releases;

/** The behaviour of any OpenClaw release: the switch table read at that release, and where it sits among the synced ones. */
public final class VersionProfiles {
    private static final VersionProfiles BUNDLED = new VersionProfiles();

    private VersionProfiles() {
    }

    /**
     * The profile a version is checked with. {@code syncedRelease}: clawc has this release's own facts;
     * {@code newerThanSynced}: it is newer than every synced release (checked as the newest);
     * {@code belowOldest}: older than every synced release.
     */
    public record Selection(VersionProfile profile, boolean syncedRelease, boolean newerThanSynced, boolean belowOldest) {
    }

    public static VersionProfiles bundled() {
        return BUNDLED;
    }

    public VersionProfile newest() {
        return new VersionProfile(Releases.bundled().newest(), SwitchTable.bundled());
    }

    public Selection select(OpenClawVersion version) {
        Releases releases = Releases.bundled();
        boolean newer = version.compareTo(releases.newest()) > 0;
        OpenClawVersion asChecked = newer ? releases.newest() : version;
        return new Selection(new VersionProfile(asChecked, SwitchTable.bundled()), releases.contains(version), newer,
                version.compareTo(releases.oldest()) < 0);
    }
}
