package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.rules.RuleRunner;
import dev.clawc.schema.SchemaValidator;
import dev.clawc.testing.RuleTester;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RetiredKeyTest {
    private final RuleTester tester = RuleTester.of(new RetiredKey());

    /** The text after applying a fix's edits. */
    static String apply(String text, Fix fix) {
        List<Fix.Edit> edits = new ArrayList<>(fix.edits());
        edits.sort(Comparator.comparingInt((Fix.Edit e) -> e.span().start()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Fix.Edit edit : edits) {
            out.replace(edit.span().start(), edit.span().end(), edit.replacement());
        }
        return out.toString();
    }

    private static List<String> paths(List<Diagnostic> found) {
        return found.stream().map(d -> d.path().toString()).collect(Collectors.toList());
    }

    @Test
    void firesOnAKeyTheTargetRetiredAndRemovesTheLine() {
        String text = "{\n  meta: {\n    lastTouchedVersion: '2026.3.13',\n    lastTouchedAt: '2026-03-20T10:00:00Z',\n  },\n}\n";
        List<Diagnostic> found = tester.version("2026.9.6").check(text);
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("retired-key", d.rule());
        assertEquals("meta.lastTouchedAt", d.path().toString());
        assertTrue(d.message().contains("`lastTouchedAt`") && d.message().contains("2026.8.1"), d.message());
        assertTrue(d.label().contains("2026.9.6"), d.label());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("2026.7.35")), d.notes().toString());
        assertEquals("{\n  meta: {\n    lastTouchedVersion: '2026.3.13',\n  },\n}\n", apply(text, d.fix()));
    }

    @Test
    void removalLeavesNoDanglingComma() {
        String inline = "{gateway: {tailscale: {mode: 'off', resetOnExit: true}}}";
        assertEquals("{gateway: {tailscale: {mode: 'off'}}}", apply(inline, tester.check(inline).get(0).fix()));
        String first = "{gateway: {tailscale: {resetOnExit: true, mode: 'off'}}}";
        assertEquals("{gateway: {tailscale: {mode: 'off'}}}", apply(first, tester.check(first).get(0).fix()));
        String lastLine = "{\n  commands: {\n    native: 'auto',\n    ownerDisplay: 'raw' // set by the wizard\n  }\n}\n";
        // the comment after it stays (a fix never loses a comment)
        assertEquals("{\n  commands: {\n    native: 'auto'\n    // set by the wizard\n  }\n}\n", apply(lastLine, tester.check(lastLine).get(0).fix()));
    }

    @Test
    void silentWhileTheTargetStillAcceptsTheKey() {
        String text = "{meta: {lastTouchedAt: 'x'}, gateway: {tailscale: {mode: 'serve', resetOnExit: true}},"
                + " commands: {ownerDisplay: 'raw'}, agents: {defaults: {memorySearch: {enabled: true}}}}";
        assertEquals(List.of(), tester.version("2026.7.1").check(text));
        assertEquals(List.of(), tester.version("2026.3.13").check(text));
        assertEquals(4, tester.version("2026.8.1").check(text).size());
    }

    @Test
    void usesTheSchemaPathSoTheGenericFindingIsDropped() {
        String text = "{gateway: {tailscale: {mode: 'serve', resetOnExit: true}}}";
        var value = Json5Reader.read(new SourceFile("openclaw.json", text)).value();
        List<Diagnostic> schema = SchemaValidator.bundled().validate(value);
        Diagnostic unknown = schema.stream().filter(d -> d.rule().equals("unknown-key")).findFirst().orElseThrow();
        List<Diagnostic> ours = tester.check(text);
        assertEquals(unknown.path(), ours.get(0).path());
        assertTrue(RuleRunner.supersededBySemanticRule(unknown, ours));
    }

    @Test
    void aMoveInsideTheSameObjectIsAnEdit() {
        String text = "{gateway: {nodes: {denyCommands: ['camera.snap']}}}";
        Diagnostic d = tester.check(text).get(0);
        assertTrue(d.help().get(0).contains("`gateway.nodes.commands.deny`"), d.help().toString());
        assertEquals("{gateway: {nodes: {commands: { deny: ['camera.snap'] }}}}", apply(text, d.fix()));

        String rename = "{tools: {exec: {\"timeoutSec\": 30}}}";
        assertEquals("{tools: {exec: {\"timeoutSeconds\": 30}}}", apply(rename, tester.check(rename).get(0).fix()));

        String perAgent = "{agents: {list: [{id: 'main', memorySearch: {enabled: true}}]}}";
        Diagnostic agent = tester.check(perAgent).get(0);
        assertEquals("agents.list[0].memorySearch", agent.path().toString());
        assertEquals("{agents: {list: [{id: 'main', memory: { search: {enabled: true} }}]}}", apply(perAgent, agent.fix()));
    }

    @Test
    void aUnitChangeRescalesTheValue() {
        String text = "{mcp: {servers: {docs: {command: 'npx', timeout: 30}}}}";
        Diagnostic d = tester.check(text).get(0);
        assertTrue(d.help().get(0).contains("rename it to `requestTimeoutMs`") && d.help().get(0).contains("`30000`"), d.help().toString());
        assertEquals("{mcp: {servers: {docs: {command: 'npx', requestTimeoutMs: 30000}}}}", apply(text, d.fix()));
    }

    @Test
    void noEditWhenTheMoveIsNotCertain() {
        // both lists move into the same new `commands` object: only the first creates it this round (the other
        // moves into it on the next)
        List<Diagnostic> both = tester.check("{gateway: {nodes: {allowCommands: ['a'], denyCommands: ['b']}}}");
        assertEquals(2, both.size());
        assertEquals(1, both.stream().filter(d -> d.fix() != null).count());
        Diagnostic first = both.stream().filter(d -> d.fix() != null).findFirst().orElseThrow();
        assertEquals("{gateway: {nodes: {allowCommands: ['a'], commands: { deny: ['b'] }}}}",
                apply("{gateway: {nodes: {allowCommands: ['a'], denyCommands: ['b']}}}", first.fix()));
        // the destination's object exists: the value joins it; the destination key itself exists: no edit
        String into = "{gateway: {nodes: {commands: {allow: ['a']}, denyCommands: ['b']}}}";
        assertEquals("{gateway: {nodes: {commands: {allow: ['a'], deny: ['b']}}}}", apply(into, tester.check(into).get(0).fix()));
        assertNull(tester.check("{gateway: {nodes: {commands: {deny: ['a']}, denyCommands: ['b']}}}").get(0).fix());
        // the QMD backend's collections cannot join a memory.search already there (merging is a judgement call): help only
        Diagnostic qmd = tester.check("{memory: {search: {enabled: true}, qmd: {paths: [{path: '~/notes'}]}}}").get(0);
        assertNull(qmd.fix());
        assertTrue(qmd.help().stream().anyMatch(h -> h.contains("openclaw doctor --fix")), qmd.help().toString());
    }

    @Test
    void theQmdBackendsPathsAndSessionIndexingCarryOverAsOpenClawsDoctorDoes() {
        // runtime.memory-qmd-retired: paths trimmed and deduplicated (a pattern makes an object), sessions.enabled
        // becomes experimental.sessionMemory with both sources; the rest of the block has no meaning left
        String text = "{memory: {qmd: {command: 'qmd', sessions: {enabled: true}, paths: [{path: ' a ', pattern: '*.md'},"
                + " {path: 'a', pattern: '*.md'}, {path: 'b'}, {name: 'no path'}]}}}";
        Diagnostic d = tester.check(text).get(0);
        assertEquals("{memory: {search: { extraPaths: [{ path: \"a\", pattern: \"*.md\" }, \"b\"], experimental: { sessionMemory: true },"
                + " sources: [\"memory\", \"sessions\"] }}}", apply(text, d.fix()));
        // nothing to carry over: the block goes
        assertEquals("{memory: {}}", apply("{memory: {qmd: {command: 'qmd'}}}", tester.check("{memory: {qmd: {command: 'qmd'}}}").get(0).fix()));
    }

    @Test
    void twoSwitchesRetiredIntoOneAreOnOnlyWhenBothWere() {
        // thread-bindings: spawnSubagentSessions + spawnAcpSessions -> spawnSessions = both (resolveMigratedSpawnSessions)
        String text = "{channels: {discord: {threadBindings: {spawnSubagentSessions: true, spawnAcpSessions: false}}}}";
        List<Diagnostic> pair = tester.check(text);
        assertEquals(2, pair.size());
        // the first written moves with both values; the other waits for the destination to be set, then goes
        assertEquals("{channels: {discord: {threadBindings: {spawnSessions: false, spawnAcpSessions: false}}}}", apply(text, pair.get(0).fix()));
        assertNull(pair.get(1).fix());
        String next = "{channels: {discord: {threadBindings: {spawnSessions: false, spawnAcpSessions: false}}}}";
        assertEquals("{channels: {discord: {threadBindings: {spawnSessions: false}}}}", apply(next, tester.check(next).get(0).fix()));
        String alone = "{channels: {discord: {threadBindings: {spawnAcpSessions: true}}}}";
        assertEquals("{channels: {discord: {threadBindings: {spawnSessions: true}}}}", apply(alone, tester.check(alone).get(0).fix()));
        // a value that is not a boolean: which one wins is unclear, no edit
        assertNull(tester.check("{channels: {discord: {threadBindings: {spawnSubagentSessions: 'yes', spawnAcpSessions: false}}}}")
                .get(0).fix());
    }

    @Test
    void anObjectRetiredForAPlainValueCollapsesToItsSwitch() {
        // runtime.final-layout-kills: captureContent becomes its `enabled`, else true when another switch is on
        String off = "{diagnostics: {otel: {captureContent: {enabled: false, inputMessages: true}}}}";
        assertEquals("{diagnostics: {otel: {captureContent: false}}}", apply(off, tester.check(off).get(0).fix()));
        String any = "{diagnostics: {otel: {captureContent: {inputMessages: true}}}}";
        assertEquals("{diagnostics: {otel: {captureContent: true}}}", apply(any, tester.check(any).get(0).fix()));
        // the plain value is the current shape: nothing to report
        assertTrue(tester.check("{diagnostics: {otel: {captureContent: true}}}").isEmpty());
    }

    @Test
    void aMoveThatCreatesTheParentWritesWhatOpenClawWritesThere() {
        // tier-eval: session.idleMinutes -> session.reset.idleMinutes, a new reset block with mode "idle"
        String text = "{session: {idleMinutes: 60}}";
        assertEquals("{session: {reset: { mode: \"idle\", idleMinutes: 60 }}}", apply(text, tester.check(text).get(0).fix()));
        String into = "{session: {reset: {mode: 'daily'}, idleMinutes: 60}}";
        assertEquals("{session: {reset: {mode: 'daily', idleMinutes: 60}}}", apply(into, tester.check(into).get(0).fix()));
        // a reset.idleMinutes already set wins
        String set = "{session: {reset: {idleMinutes: 5}, idleMinutes: 60}}";
        assertEquals("{session: {reset: {idleMinutes: 5}}}", apply(set, tester.check(set).get(0).fix()));
    }

    @Test
    void aMoveToAnotherSectionCutsAndWritesTheMember() {
        String text = "{messages: {ackReaction: 'x', tts: {provider: 'openai'}}, gateway: {port: 1}}";
        Diagnostic tts = tester.check(text).get(0);
        assertEquals("{messages: {ackReaction: 'x'}, gateway: {port: 1}, tts: {provider: 'openai'}}", apply(text, tts.fix()));
        // the destination exists: merging is a judgement call
        assertNull(tester.check("{messages: {tts: {provider: 'openai'}}, tts: {auto: 'off'}}").get(0).fix());
        // per-capability media lists join the one list, each entry tagged with its capability
        String media = "{tools: {media: {audio: {enabled: true, models: [{provider: 'openai', model: 'whisper-1'}]}}}}";
        assertEquals("{tools: {media: {audio: {enabled: true}, models: [{ capabilities: [\"audio\"], provider: 'openai', model: 'whisper-1'}]}}}",
                apply(media, tester.check(media).get(0).fix()));
    }

    @Test
    void aPlainValueRetiredForAnObjectIsWrapped() {
        String text = "{channels: {telegram: {streaming: true, streamMode: 'block'}}}";
        List<Diagnostic> found = tester.check(text);
        Diagnostic scalar = found.stream().filter(d -> d.path().toString().equals("channels.telegram.streaming")).findFirst().orElseThrow();
        assertEquals("{channels: {telegram: {streaming: { mode: \"block\" }}}}", apply(text, scalar.fix()));
        String plain = "{channels: {discord: {streaming: false}}}";
        assertEquals("{channels: {discord: {streaming: { mode: \"off\" }}}}", apply(plain, tester.check(plain).get(0).fix()));
        // the object form is current
        assertEquals(List.of(), tester.check("{channels: {telegram: {streaming: {mode: 'partial'}}}}"));
    }

    @Test
    void uncertainReleasesAreSaidToBe() {
        Diagnostic d = tester.check("{messages: {suppressToolErrors: true}}").get(0);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("uncertain") && n.contains("2026.9.1")), d.notes().toString());
        assertEquals(List.of(), tester.version("2026.9.1").check("{messages: {suppressToolErrors: true}}"));
    }

    @Test
    void leavesKeysOtherRulesOrTheLoaderHandle() {
        // env shorthand is reported by env-shorthand; agents.list still loads (migrated in memory)
        assertEquals(List.of(), tester.check("{env: {OPENAI_API_KEY: 'sk-x'}, agents: {list: [{id: 'main'}]}}"));
        // current keys and invented keys are not this rule's business
        assertEquals(List.of(), tester.check("{memory: {search: {enabled: true}}, gateway: {host: '0.0.0.0'},"
                + " tts: {provider: 'openai'}, agents: {entries: {main: {memory: {search: {enabled: true}}}}}}"));
    }

    @Test
    void reportsEveryRetiredKeyOnce() {
        List<Diagnostic> found = tester.check("{browser: {color: '#f00', profiles: {a: {cdpPort: 1, color: '#0f0'},"
                + " b: {cdpPort: 2, color: '#00f'}}}, web: {enabled: true}}");
        // `web.enabled` moves out of the retired `web` block first (to channels.whatsapp.enabled), then `web` goes
        assertEquals(List.of("browser.color", "browser.profiles.a.color", "browser.profiles.b.color", "web", "web.enabled"),
                paths(found).stream().sorted().collect(Collectors.toList()));
        Diagnostic web = found.stream().filter(d -> d.path().toString().equals("web")).findFirst().orElseThrow();
        assertTrue(web.message().contains("at the top level"), web.message());
        assertNull(web.fix());
        String text = "{web: {enabled: true, heartbeatSeconds: 60}}";
        Diagnostic enabled = tester.check(text).stream().filter(d -> d.path().toString().equals("web.enabled")).findFirst().orElseThrow();
        assertEquals("{web: {heartbeatSeconds: 60}, channels: { whatsapp: { enabled: true } }}", apply(text, enabled.fix()));
        assertNotNull(found.get(0).fix());
    }
}
