package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownChannelTest {
    private static List<String> paths(List<Diagnostic> found) {
        return found.stream().map(d -> d.path().toString()).toList();
    }

    @Test
    void aChannelAddedInALaterReleaseIsUnknownBeforeIt() {
        String config = "{ channels: { buzz: { enabled: true } } }";
        assertEquals(List.of("channels.buzz"), paths(RuleTester.of(new UnknownChannel()).version("2026.6.10").check(config)));
        assertEquals(List.of(), RuleTester.of(new UnknownChannel()).version("2026.9.6").check(config));
    }

    @Test
    void aTypoGetsTheClosestChannel() {
        List<Diagnostic> found = RuleTester.of(new UnknownChannel()).version("2026.9.6")
                .check("{ channels: { telegarm: {}, telegram: {}, defaults: {}, modelByChannel: {} } }");
        assertEquals(List.of("channels.telegarm"), paths(found));
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).help().get(0).contains("`telegram`"), found.get(0).help().toString());
    }

    @Test
    void aRetiredChannelSectionIsRemovedAsOpenClawsDoctorDoes() {
        // channels.webchat-remove: the section goes; another unknown channel gets no such edit
        List<Diagnostic> found = RuleTester.of(new UnknownChannel()).version("2026.9.6")
                .check("{ channels: { webchat: { blockStreaming: false }, moltbook: {} } }");
        assertEquals(List.of("channels.webchat", "channels.moltbook"), paths(found));
        assertEquals("remove `webchat`", found.get(0).fix().description());
        assertEquals(null, found.get(1).fix());
    }

    @Test
    void settingsKeysAreAcceptedWhereTheSchemaOmitsThem() {
        assertEquals(List.of(), RuleTester.of(new UnknownChannel()).version("2026.6.10")
                .check("{ channels: { defaults: {}, modelByChannel: {} } }"));
    }

    @Test
    void releasesWhoseSchemaOmitsTheirExtensionChannelsAreNotJudged() {
        // 2026.3.7 accepts `matrix` (a bundled extension channel) although its zod-derived schema names only the
        // core channels: judging by that schema would refuse a config OpenClaw loads
        assertEquals(List.of(), RuleTester.of(new UnknownChannel()).version("2026.3.7")
                .check("{ channels: { matrix: {}, buzz: {} } }"));
    }

    @Test
    void aChannelAPluginMayDeclareIsOnlyAWarning() {
        List<Diagnostic> loaded = RuleTester.of(new UnknownChannel()).version("2026.9.6")
                .check("{ plugins: { load: { paths: ['./x'] } }, channels: { acme: {} } }");
        assertEquals(Severity.WARNING, loaded.get(0).severity());
        List<Diagnostic> entry = RuleTester.of(new UnknownChannel()).version("2026.9.6")
                .check("{ plugins: { entries: { acme: { enabled: true } } }, channels: { acme: {}, bogus: {} } }");
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), entry.stream().map(Diagnostic::severity).toList());
    }
}
