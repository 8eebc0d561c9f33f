package dev.clawc.config;

import dev.clawc.release.OpenClawVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final ModelCatalog catalog = ModelCatalog.bundled();

    @Test
    void bundledIsReadOnce() {
        assertSame(catalog, ModelCatalog.bundled());
    }

    @Test
    void everyEntryHasSourceAndDateAndAValidShape() {
        List<String> problems = new ArrayList<>();
        Set<String> routes = new HashSet<>();
        for (ModelInfo m : catalog.models()) {
            String route = m.provider() + "/" + m.id();
            if (m.source() == null || m.source().isBlank()) {
                problems.add(route + ": no source");
            }
            if (m.asOf() == null || !DATE.matcher(m.asOf()).matches()) {
                problems.add(route + ": no asOf date");
            }
            if (!Set.of("explicit", "automatic", "none").contains(m.caching())) {
                problems.add(route + ": caching " + m.caching());
            }
            if (!routes.add(route.toLowerCase())) {
                problems.add(route + ": listed twice");
            }
            if (m.retired() != null && (m.retired().by() == null || (m.retired().on() != null && !DATE.matcher(m.retired().on()).matches()))) {
                problems.add(route + ": bad retirement");
            }
            for (ModelInfo.Host host : m.hosts()) {
                if (!Set.of("accepted", "refused", "unknown").contains(host.cachePoints())) {
                    problems.add(route + ": host " + host.slug() + " cachePoints " + host.cachePoints());
                }
            }
            if (!m.hosts().isEmpty() && !m.provider().equals("openrouter")) {
                problems.add(route + ": hosts outside OpenRouter");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(catalog.models().size() > 40, "catalog has " + catalog.models().size() + " entries");
    }

    @Test
    void theFoundingCaseIsRetiredAtAnthropicAndBedrockRefusesCachePoints() {
        ModelInfo m = catalog.find("openrouter", "anthropic/claude-3.5-sonnet");
        assertNotNull(m);
        assertEquals("2025-10-28", m.retired().on());
        assertEquals("anthropic", m.retired().by());
        assertEquals("anthropic/claude-sonnet-4.5", m.retired().replacement());
        assertTrue(m.host("amazon-bedrock").refusesCachePoints());
        assertTrue(m.host("amazon-bedrock").note().startsWith("UNCERTAIN"), m.host("amazon-bedrock").note());
        assertEquals("unknown", m.host("google-vertex").cachePoints());
        assertNull(m.host("anthropic"), "Anthropic no longer serves it");
        assertTrue(m.servedByPartners());
        assertEquals("openrouter/anthropic/claude-3.5-sonnet", m.ref());
    }

    @Test
    void lookupsMatchAliasesCaseAndBedrockRegionPrefixes() {
        assertSame(catalog.find("anthropic", "claude-3-5-sonnet-20241022"), catalog.find("anthropic", "claude-3-5-sonnet-latest"));
        assertSame(catalog.find("openrouter", "anthropic/claude-3.5-sonnet"), catalog.find("OpenRouter", "anthropic/claude-3.5-sonnet:beta"));
        assertSame(catalog.find("google", "gemini-2.0-flash"), catalog.find("google", "gemini-2.0-flash-001"));
        ModelInfo bedrock = catalog.find("amazon-bedrock", "us.anthropic.claude-3-7-sonnet-20250219-v1:0");
        assertNotNull(bedrock);
        assertEquals("anthropic.claude-3-7-sonnet-20250219-v1:0", bedrock.id());
        assertEquals(1024, bedrock.minCacheTokens());
        assertEquals(4, bedrock.maxBreakpoints());
        assertEquals("none", catalog.find("amazon-bedrock", "anthropic.claude-3-5-sonnet-20241022-v2:0").caching());
    }

    @Test
    void unknownModelsAreNullNotErrors() {
        assertNull(catalog.find("openrouter", "anthropic/claude-9"));
        assertNull(catalog.find("myproxy", "gpt-4o"));
        assertNull(catalog.find(null, "gpt-4o"));
    }

    @Test
    void cachingKindsPerFamily() {
        assertEquals("none", catalog.find("openrouter", "meta-llama/llama-3.2-3b-instruct:free").caching());
        assertEquals("automatic", catalog.find("openrouter", "deepseek/deepseek-chat").caching());
        assertEquals("explicit", catalog.find("anthropic", "claude-haiku-4-5").caching());
        assertEquals(4096, catalog.find("anthropic", "claude-haiku-4-5-20251001").minCacheTokens());
        assertEquals(List.of("5m", "1h"), catalog.find("openrouter", "anthropic/claude-sonnet-4.5").ttls());
        assertEquals("automatic", catalog.find("openai", "gpt-5.4").caching());
        assertEquals(1_050_000L, catalog.find("openai", "gpt-5.4").contextWindow());
        assertFalse(catalog.find("openrouter", "anthropic/claude-sonnet-4.5").isRetired());
        assertTrue(catalog.find("openrouter", "anthropic/claude-sonnet-4.5").host("amazon-bedrock").cachePoints().equals("accepted"));
    }

    @Test
    void openClawCatalogsMatchTheOracle() {
        OpenClawVersion v96 = OpenClawVersion.parse("2026.9.6");
        OpenClawVersion v26 = OpenClawVersion.parse("2026.2.6-3");
        // 2026.9.6: openai is closed (oracle openai-gpt4o), openrouter/anthropic are dynamic
        assertEquals(Boolean.FALSE, catalog.knownToOpenClaw("openai", "gpt-4o", v96));
        assertEquals(Boolean.TRUE, catalog.knownToOpenClaw("openai", "gpt-5.4", v96));
        assertEquals("gpt-5.5", catalog.openClawRename("openai", "gpt-4o", v96));
        assertNull(catalog.knownToOpenClaw("openrouter", "meta-llama/llama-3.2-3b-instruct:free", v96));
        assertNull(catalog.knownToOpenClaw("anthropic", "claude-opus-9", v96));
        assertEquals(Boolean.FALSE, catalog.knownToOpenClaw("google", "gemini-2.0-flash-exp", v96));
        assertTrue(catalog.refusalReason("google", "gemini-2.0-flash", v96).contains("2026-06-01"));
        // 2026.2.6-3: openrouter is closed (oracle or-llama32-3b-free), gpt-4o is known
        assertEquals(Boolean.FALSE, catalog.knownToOpenClaw("openrouter", "meta-llama/llama-3.2-3b-instruct:free", v26));
        assertEquals(Boolean.TRUE, catalog.knownToOpenClaw("openrouter", "anthropic/claude-3.5-sonnet", v26));
        assertEquals(Boolean.TRUE, catalog.knownToOpenClaw("openai", "gpt-4o", v26));
        assertEquals(Boolean.TRUE, catalog.knownToOpenClaw("anthropic", "claude-sonnet-4-5", v26));
        assertEquals(Boolean.TRUE, catalog.knownToOpenClaw("anthropic", "opus-4.5", v26), "2026.2.6 alias");
        assertEquals(Boolean.TRUE, catalog.knownToOpenClaw("anthropic", "claude-opus-4-6-thinking", v26), "forward-compat prefix");
        assertEquals(Boolean.FALSE, catalog.knownToOpenClaw("anthropic", "claude-sonnet-4-6", v26));
        assertNull(catalog.knownToOpenClaw("ollama", "llama3", v26), "providers not recorded give no verdict");
        // releases clawc has no catalog for give no verdict
        assertNull(catalog.knownToOpenClaw("openai", "gpt-4o", OpenClawVersion.parse("2026.5.2")));
        assertFalse(catalog.hasOpenClawCatalog(OpenClawVersion.parse("2026.5.2")));
    }

    @Test
    void parsesASmallCatalog() {
        ModelCatalog small = ModelCatalog.parse("{models: [{provider: 'X', id: 'm', aliases: ['m-1'], caching: 'none',"
                + " source: 's', asOf: '2026-01-01'}], openclawCatalog: {'2026.1.1': {closed: {x: {knows: ['m']}}}}}", "t");
        assertEquals("x", small.find("x", "M-1").provider());
        assertEquals(Boolean.TRUE, small.knownToOpenClaw("X", "m", OpenClawVersion.parse("2026.1.1-2")));
        assertEquals(Boolean.FALSE, small.knownToOpenClaw("x", "n", OpenClawVersion.parse("2026.1.1")));
        assertNull(small.knownToOpenClaw("x", "n", OpenClawVersion.parse("2026.1.2")));
    }
}
