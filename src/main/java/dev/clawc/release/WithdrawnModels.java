package dev.clawc.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Model ids the releases' provider manifests withdraw without condition (rules/openclaw/releases/withdrawn-models.json,
 * written by tools/openclaw-sync from the synced catalog): OpenClaw answers {@code Unknown model: <ref>. <reason>} for
 * them, and its validator refuses a config that names one. Read on first use.
 */
public final class WithdrawnModels {
    private static volatile JsonNode models;

    private WithdrawnModels() {
    }

    /** OpenClaw's reason for withdrawing {@code provider/model} on {@code release} (ids compare lower-cased), or null. */
    public static String reason(String providerSlashModel, OpenClawVersion release) {
        if (providerSlashModel == null || release == null) {
            return null;
        }
        JsonNode segments = models().get(providerSlashModel.trim().toLowerCase(Locale.ROOT));
        if (segments == null) {
            return null;
        }
        for (JsonNode seg : segments) {
            if (RangeTree.holds(seg, release)) { // the same [since, until] segments as the synced trees
                return seg.get(2).asText();
            }
        }
        return null;
    }

    private static JsonNode models() {
        JsonNode loaded = models;
        if (loaded == null) {
            loaded = Releases.readJson("withdrawn-models.json").path("models");
            models = loaded;
        }
        return loaded;
    }
}
