package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingCredentialsTest {
    /** A process environment without provider keys, as on a gateway host that forgot one. */
    private static final Map<String, String> SHELL = Map.of("PATH", "/usr/bin", "HOME", "/home/claw");
    private final RuleTester tester = RuleTester.of(new MissingCredentials()).env(SHELL);

    private static final String OPENROUTER = "{agents: {defaults: {model: {primary: 'openrouter/anthropic/claude-sonnet-4-6',"
            + " fallbacks: ['openrouter/openai/gpt-5.4']}}}%s}";

    @Test
    void firesOncePerProviderAndNamesTheVariable() {
        List<Diagnostic> found = tester.check(String.format(OPENROUTER, ""));
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("missing-credentials", d.rule());
        assertEquals("agents.defaults.model.primary", d.path().toString());
        assertTrue(d.message().contains("`openrouter`") && d.message().contains("1 more slot"), d.message());
        assertTrue(d.notes().get(0).contains("`OPENROUTER_API_KEY`"), d.notes().toString());
        assertTrue(d.help().get(0).contains("set `OPENROUTER_API_KEY`"), d.help().toString());
    }

    @Test
    void anyKeySourceSilencesIt() {
        assertEquals(List.of(), tester.env(Map.of("PATH", "/usr/bin", "OPENROUTER_API_KEY", "k")).check(String.format(OPENROUTER, "")));
        assertEquals(List.of(), tester.check(String.format(OPENROUTER, ", env: {vars: {OPENROUTER_API_KEY: 'k'}}")));
        assertEquals(List.of(), tester.check(String.format(OPENROUTER,
                ", models: {providers: {openrouter: {apiKey: {source: 'env', provider: 'default', id: 'OR_KEY'}}}}")));
        assertEquals(List.of(), tester.check(String.format(OPENROUTER,
                ", auth: {profiles: {'openrouter:default': {provider: 'openrouter', mode: 'api_key'}}}")));
    }

    @Test
    void anApiKeyNamingAVariableIsResolvedFromTheEnvironment() {
        String text = String.format(OPENROUTER, ", models: {providers: {openrouter: {apiKey: 'OPENROUTER_API_KEY'}}}");
        assertEquals(1, tester.check(text).size());
        assertEquals(List.of(), tester.env(Map.of("PATH", "/bin", "OPENROUTER_API_KEY", "k")).check(text));
    }

    @Test
    void anthropicAcceptsEitherVariable() {
        String text = "{agents: {defaults: {model: 'anthropic/claude-opus-4-6'}}}";
        List<Diagnostic> found = tester.check(text);
        assertEquals(1, found.size());
        assertTrue(found.get(0).help().get(0).contains("ANTHROPIC_API_KEY"), found.get(0).help().toString());
        assertEquals(List.of(), tester.env(Map.of("PATH", "/usr/bin", "ANTHROPIC_OAUTH_TOKEN", "t")).check(text));
    }

    @Test
    void aRemoteCustomProviderNeedsAnApiKey() {
        Diagnostic d = tester.check("{models: {providers: {myproxy: {baseUrl: 'https://llm.example.com/v1',"
                + " api: 'openai-completions', models: [{id: 'llama', name: 'Llama'}]}}},"
                + " agents: {defaults: {model: 'myproxy/llama'}}}").get(0);
        assertTrue(d.help().get(0).contains("apiKey: \"${MYPROXY_API_KEY}\""), d.help().toString());
    }

    @Test
    void localServersAwsAndOauthNeedNoKey() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: {primary: 'ollama/llama3.3',"
                + " fallbacks: ['lmstudio/qwen', 'amazon-bedrock/anthropic.claude-v2', 'github-copilot/gpt-5']}}}}"));
        assertEquals(List.of(), tester.check("{models: {providers: {box: {baseUrl: 'http://192.168.1.20:8080/v1',"
                + " api: 'openai-completions', models: [{id: 'q', name: 'q'}]}}},"
                + " agents: {defaults: {model: 'box/q'}}}"));
        assertEquals(List.of(), tester.check("{models: {providers: {corp: {baseUrl: 'https://llm.corp.example/v1',"
                + " auth: 'aws-sdk', models: [{id: 'q', name: 'q'}]}}}, agents: {defaults: {model: 'corp/q'}}}"));
    }

    @Test
    void withoutAnEnvironmentToJudgeItStaysSilent() {
        String text = String.format(OPENROUTER, ", env: {vars: {HTTP_PROXY: 'http://proxy:3128'}}");
        assertEquals(List.of(), RuleTester.of(new MissingCredentials()).check(text)); // --no-process-env, no --env-file
        assertEquals(List.of(), RuleTester.of(new MissingCredentials()).env(Map.of("PATH", "/bin", "CI", "true")).check(text));
        assertEquals(1, RuleTester.of(new MissingCredentials())
                .env(Map.of("PATH", "/bin", "CI", "true", "GITHUB_TOKEN", "t")).check(text).size());
    }

    @Test
    void unknownProvidersAreLeftToOtherRules() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {model: 'anthropc/claude-opus-4-6'}}}"));
    }

    private static String localBox(String baseUrl) {
        return "{models: {providers: {box: {baseUrl: '" + baseUrl + "', api: 'openai-completions',"
                + " models: [{id: 'q', name: 'q'}]}}}, agents: {defaults: {model: 'box/q'}}}";
    }

    @Test
    void theSyntheticLocalKeyDependsOnTheReleaseAndTheHost() {
        // loopback from 2026.3.13
        assertEquals(1, tester.version("2026.3.11").check(localBox("http://127.0.0.1:8080/v1")).size());
        assertEquals(List.of(), tester.version("2026.3.13").check(localBox("http://127.0.0.1:8080/v1")));
        // private network from 2026.4.26
        Diagnostic lan = tester.version("2026.4.25").check(localBox("http://192.168.1.20:8080/v1")).get(0);
        assertTrue(lan.notes().stream().anyMatch(n -> n.contains("private network") && n.contains("2026.4.26")), lan.notes().toString());
        assertTrue(lan.help().get(0).contains("apiKey: \"local\""), lan.help().toString());
        assertEquals(List.of(), tester.version("2026.4.26").check(localBox("http://192.168.1.20:8080/v1")));
        // Docker host names from 2026.5.22
        assertEquals(1, tester.version("2026.5.20").check(localBox("http://host.docker.internal:11434/v1")).size());
        assertEquals(List.of(), tester.version("2026.5.22").check(localBox("http://host.docker.internal:11434/v1")));
        // a placeholder key is enough
        assertEquals(List.of(), tester.version("2026.3.11").check(localBox("http://127.0.0.1:8080/v1")
                .replace("api: 'openai-completions',", "api: 'openai-completions', apiKey: 'local',")));
    }

    @Test
    void ollamaNeedsAKeyBefore2026_3_7() {
        String text = "{agents: {defaults: {model: 'ollama/llama3.3'}}}";
        Diagnostic d = tester.version("2026.3.2").check(text).get(0);
        assertTrue(d.message().contains("`ollama`"), d.message());
        assertTrue(d.help().get(0).contains("ollama-local"), d.help().toString());
        assertEquals(List.of(), tester.version("2026.3.7").check(text));
    }

    @Test
    void anOpenRouterVendorAsProviderSuggestsTheOpenRouterRef() {
        String text = "{agents: {defaults: {model: {primary: 'deepseek/deepseek-chat', fallbacks: ['openrouter/openai/gpt-4o']}}}}";
        List<Diagnostic> found = RuleTester.of(new MissingCredentials()).env(Map.of("PATH", "/bin", "OPENROUTER_API_KEY", "k")).check(text);
        assertEquals(1, found.size());
        assertTrue(found.get(0).help().get(0).contains("did you mean `openrouter/deepseek/deepseek-chat`?"), found.get(0).help().toString());
        Diagnostic claude = RuleTester.of(new MissingCredentials()).env(Map.of("PATH", "/bin", "OPENROUTER_API_KEY", "k"))
                .check("{agents: {defaults: {model: 'anthropic/claude-sonnet-4-5'}}}").get(0);
        assertTrue(claude.help().get(0).contains("`openrouter/anthropic/claude-sonnet-4.5`"), claude.help().toString());
        Diagnostic moonshot = RuleTester.of(new MissingCredentials()).env(Map.of("PATH", "/bin", "OPENROUTER_API_KEY", "k"))
                .check("{agents: {defaults: {model: 'moonshotai/kimi-k2.5'}}}").get(0);
        assertTrue(moonshot.help().get(0).contains("`openrouter/moonshotai/kimi-k2.5`"), moonshot.help().toString());
        // no OpenRouter in sight: no such help
        Diagnostic plain = tester.check("{agents: {defaults: {model: 'deepseek/deepseek-chat'}}}").get(0);
        assertTrue(plain.help().stream().noneMatch(h -> h.contains("openrouter/")), plain.help().toString());
    }

    @Test
    void aKeylessLocalServerIsReportedEvenWithoutAnEnvironment() {
        RuleTester bare = RuleTester.of(new MissingCredentials()); // --no-process-env, no --env-file
        assertEquals(1, bare.version("2026.4.25").check(localBox("http://192.168.1.20:8080/v1")).size());
        assertEquals(List.of(), bare.version("2026.4.26").check(localBox("http://192.168.1.20:8080/v1")));
        assertEquals(List.of(), bare.version("2026.4.25").check(localBox("https://llm.example.com/v1"))); // remote: needs an environment
    }
}
