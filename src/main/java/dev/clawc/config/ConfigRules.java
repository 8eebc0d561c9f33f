package dev.clawc.config;

import dev.clawc.diag.RuleMeta;
import dev.clawc.diag.Severity;
import java.util.List;

/** Ids of the findings the config stage reports while choosing the OpenClaw release. Each has a page under rules/docs/. */
public final class ConfigRules {
    public static final String RELEASE_NOT_SYNCED = "release-not-synced";
    public static final String RELEASE_MISMATCH = "release-mismatch";

    /** Every config-stage rule with its metadata (the registry lists them from here). Neither makes OpenClaw refuse. */
    public static final List<RuleMeta> RULES = List.of(
            RuleMeta.ofStage("config", RELEASE_NOT_SYNCED, Severity.INFO, false,
                    "The target OpenClaw release is newer than every release clawc has facts for."),
            RuleMeta.ofStage("config", RELEASE_MISMATCH, Severity.WARNING, false,
                    "The installed OpenClaw differs from the release the file's `meta.lastTouchedVersion` names."));

    private ConfigRules() {
    }
}
