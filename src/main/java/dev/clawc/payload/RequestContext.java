package dev.clawc.payload;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import java.util.Map;

/**
 * Everything a body builder needs for the first turn of a new session on one route.
 *
 * @param thinking       the `--thinking` level asked for (off|minimal|low|medium|high|xhigh|adaptive|max), or null
 * @param freshInstall   true for the very first turn of a new gateway (OpenRouter model list not cached yet)
 * @param openRouterModels the OpenRouter model list the gateway has (`--openrouter-models FILE`), or null for none
 */
public record RequestContext(
        ConfigModel config,
        Route route,
        String thinking,
        boolean freshInstall,
        OpenRouterModels openRouterModels,
        Map<String, String> env) {

    public VersionProfile profile() {
        return config.profile();
    }
}
