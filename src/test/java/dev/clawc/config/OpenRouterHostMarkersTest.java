package dev.clawc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.release.OpenClawVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A custom provider id on openrouter.ai: marked like OpenRouter's own from the release the captures show (oracle case custom-myrouter-claude). */
class OpenRouterHostMarkersTest {
    private static final String CONFIG = "{ agents: { defaults: { model: { primary: 'myrouter/anthropic/claude-3.5-sonnet' } } },"
            + " models: { providers: { myrouter: { baseUrl: 'https://openrouter.ai/api/v1', api: 'openai-completions',"
            + " models: [{ id: 'anthropic/claude-3.5-sonnet', name: 'C' }] } } } }";

    private static List<Route.Where> markers(String release) {
        ConfigModel model = ConfigModel.of(Json5Reader.read(new SourceFile("t.json5", CONFIG)).value(), OpenClawVersion.parse(release),
                ProviderCatalog.bundled());
        Route route = new RoutePlanner(model, Map.of()).chain("main").get(0);
        return route.cache().markers().stream().map(Route.Marker::where).toList();
    }

    @Test
    void markedOn2026_9_6AsTheCaptureShowsAndNotOn2026_5_7() {
        assertEquals(List.of(Route.Where.SYSTEM, Route.Where.LAST_USER, Route.Where.LAST_TOOL), markers("2026.9.6"));
        assertEquals(List.of(), markers("2026.5.7"));
    }
}
