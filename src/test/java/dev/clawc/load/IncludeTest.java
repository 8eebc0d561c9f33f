package dev.clawc.load;

import static dev.clawc.load.LoadFixtures.assertNoDiagnostics;
import static dev.clawc.load.LoadFixtures.at;
import static dev.clawc.load.LoadFixtures.json;
import static dev.clawc.load.LoadFixtures.load;
import static dev.clawc.load.LoadFixtures.loadText;
import static dev.clawc.load.LoadFixtures.only;
import static dev.clawc.load.LoadFixtures.rules;
import static dev.clawc.load.LoadFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Label;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeTest {
    @TempDir
    Path dir;

    // ------------------------------------------------------------------ merge semantics

    @Test
    void singleIncludeReplacesTheObjectAndKeepsSpansInTheIncludedFile() {
        write(dir, "agents.json5", "{ defaults: { maxConcurrent: 4 } }");
        LoadResult result = loadText(dir, "{ agents: { $include: './agents.json5' } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"agents\":{\"defaults\":{\"maxConcurrent\":4}}}", json(result.value()));
        assertEquals(List.of("openclaw.json", "agents.json5"),
                result.files().stream().map(SourceFile::displayName).toList());
        Json5Value four = at(result.value(), "agents.defaults.maxConcurrent");
        assertEquals("agents.json5", four.span().file().displayName());
        assertEquals("4", four.span().text());
    }

    @Test
    void arrayOfIncludesDeepMergesInOrderAndConcatenatesArrays() {
        write(dir, "a.json5", "{ model: { primary: 'x/a', fallbacks: ['a1'] }, n: 1, o: { k: 1 }, s: 'a' }");
        write(dir, "b.json5", "{ model: { fallbacks: ['b1', 'b2'] }, n: 2, o: { j: 2 }, s: ['b'] }");
        LoadResult result = loadText(dir, "{ $include: ['./a.json5', './b.json5'] }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"model\":{\"primary\":\"x/a\",\"fallbacks\":[\"a1\",\"b1\",\"b2\"]},\"n\":2,"
                + "\"o\":{\"k\":1,\"j\":2},\"s\":[\"b\"]}", json(result.value()));
    }

    @Test
    void siblingKeysAreMergedAfterTheIncludeAndWin() {
        write(dir, "base.json5", "{ model: { primary: 'x/a', fallbacks: ['a'] }, params: { t: 1, u: 1 } }");
        Path root = write(dir, "openclaw.json",
                "{ d: { $include: './base.json5', model: { fallbacks: ['c'] }, params: { t: 2 }, extra: true } }");
        LoadResult result = load(root, Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"d\":{\"model\":{\"primary\":\"x/a\",\"fallbacks\":[\"a\",\"c\"]},\"params\":{\"t\":2,\"u\":1},"
                + "\"extra\":true}}", json(result.value()));
        // the merged object takes the including object's span; the winning sibling value keeps its own
        Json5Value d = at(result.value(), "d");
        assertEquals("openclaw.json", d.span().file().displayName());
        assertTrue(d.span().text().startsWith("{ $include"));
        assertEquals("openclaw.json", at(result.value(), "d.params.t").span().file().displayName());
        assertEquals("base.json5", at(result.value(), "d.params.u").span().file().displayName());
    }

    @Test
    void nestedIncludesResolveRelativeToTheIncludingFile() {
        write(dir, "conf/agents.json5", "{ list: { $include: './list/main.json5' } }");
        write(dir, "conf/list/main.json5", "{ id: 'main', inner: { $include: '../leaf.json5' } }");
        write(dir, "conf/leaf.json5", "{ leaf: true }");
        LoadResult result = loadText(dir, "{ agents: { $include: 'conf/agents.json5' } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"agents\":{\"list\":{\"id\":\"main\",\"inner\":{\"leaf\":true}}}}", json(result.value()));
        assertEquals(List.of("openclaw.json", "conf/agents.json5", "conf/list/main.json5", "conf/leaf.json5"),
                result.files().stream().map(SourceFile::displayName).toList());
    }

    @Test
    void includeInsideAnArrayItem() {
        write(dir, "item.json5", "{ id: 'one' }");
        LoadResult result = loadText(dir, "{ list: [ { $include: './item.json5' }, { id: 'two' } ] }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"list\":[{\"id\":\"one\"},{\"id\":\"two\"}]}", json(result.value()));
    }

    @Test
    void rootInclude() {
        write(dir, "base.json5", "{ gateway: { port: 1 } }");
        LoadResult result = loadText(dir, "{ $include: './base.json5', meta: { v: 2 } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"gateway\":{\"port\":1},\"meta\":{\"v\":2}}", json(result.value()));
    }

    @Test
    void includedContentNeedNotBeAnObjectWithoutSiblings() {
        write(dir, "list.json5", "['a', 'b']");
        LoadResult result = loadText(dir, "{ fallbacks: { $include: './list.json5' } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"fallbacks\":[\"a\",\"b\"]}", json(result.value()));
    }

    @Test
    void arraysFromSeveralIncludesAreConcatenated() {
        write(dir, "a.json5", "['a']");
        write(dir, "b.json5", "['b']");
        LoadResult result = loadText(dir, "{ fallbacks: { $include: ['./a.json5', './b.json5'] } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"fallbacks\":[\"a\",\"b\"]}", json(result.value()));
    }

    @Test
    void emptyIncludeArrayGivesAnEmptyObject() {
        LoadResult result = loadText(dir, "{ a: { $include: [] } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"a\":{}}", json(result.value()));
    }

    @Test
    void lastDuplicateIncludeWinsAndLosingMembersAreNotResolved() {
        write(dir, "a.json5", "{ ok: 1 }");
        LoadResult result = loadText(dir,
                "{ x: { $include: './missing.json5', $include: './a.json5' }, y: { $include: './gone.json5' }, y: 2 }",
                Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"x\":{\"ok\":1},\"y\":2}", json(result.value()));
    }

    @Test
    void mergedObjectsDropPrototypeKeys() {
        write(dir, "a.json5", "{ o: { constructor: 1, keep: 1 } }");
        LoadResult result = loadText(dir, "{ $include: './a.json5', o: { prototype: 2, more: 2 } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"o\":{\"keep\":1,\"more\":2}}", json(result.value()));
    }

    @Test
    void objectsWithoutIncludesAreReturnedUnchanged() {
        Path root = write(dir, "openclaw.json", "{ a: { b: [1, 2] }, a: { c: 3 } }");
        ParseResult parsed = Json5Reader.read(new SourceFile("openclaw.json", "{ a: { b: [1, 2] }, a: { c: 3 } }"));
        LoadResult result = new ConfigLoader(LoadOptions.of(Map.of())).load(parsed, root);
        assertSame(parsed.value(), result.value());
        assertNoDiagnostics(result);
    }

    // ------------------------------------------------------------------ cycles and depth

    @Test
    void cycleIsReportedWithTheChain() {
        write(dir, "inc/a.json5", "{ b: { $include: './b.json5' } }");
        write(dir, "inc/b.json5", "{ a: { $include: './a.json5' } }");
        LoadResult result = loadText(dir, "{ x: { $include: './inc/a.json5' } }", Map.of());
        Diagnostic cycle = only(result, LoadRules.INCLUDE_CYCLE);
        assertEquals(Severity.ERROR, cycle.severity());
        assertEquals("inc/b.json5", cycle.span().file().displayName());
        assertEquals("'./a.json5'", cycle.span().text());
        assertTrue(cycle.notes().contains("chain: openclaw.json -> inc/a.json5 -> inc/b.json5 -> inc/a.json5"),
                cycle.notes().toString());
        assertEquals(List.of("openclaw.json", "inc/a.json5"),
                cycle.labels().stream().map(l -> l.span().file().displayName()).toList());
        assertEquals(1, result.diagnostics().size());
    }

    @Test
    void fileIncludingItselfIsACycle() {
        LoadResult result = loadText(dir, "{ x: { $include: './openclaw.json' } }", Map.of());
        Diagnostic cycle = only(result, LoadRules.INCLUDE_CYCLE);
        assertTrue(cycle.notes().contains("chain: openclaw.json -> openclaw.json"), cycle.notes().toString());
    }

    @Test
    void sameFileFromTwoBranchesIsNotACycle() {
        write(dir, "shared.json5", "{ s: 1 }");
        write(dir, "a.json5", "{ a: { $include: './shared.json5' } }");
        write(dir, "b.json5", "{ b: { $include: './shared.json5' } }");
        LoadResult result = loadText(dir, "{ $include: ['./a.json5', './b.json5'], c: { $include: './shared.json5' } }",
                Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"a\":{\"s\":1},\"b\":{\"s\":1},\"c\":{\"s\":1}}", json(result.value()));
        assertEquals(1, result.files().stream().filter(f -> f.displayName().equals("shared.json5")).count(),
                "a file included twice is read once");
    }

    @Test
    void tenNestedIncludesAreAllowed() {
        writeChain(10);
        LoadResult result = loadText(dir, "{ $include: './f1.json5' }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("10", at(result.value(), "n.n.n.n.n.n.n.n.n.leaf").span().text());
    }

    @Test
    void elevenNestedIncludesExceedTheDepth() {
        writeChain(11);
        LoadResult result = loadText(dir, "{ $include: './f1.json5' }", Map.of());
        Diagnostic depth = only(result, LoadRules.INCLUDE_DEPTH);
        assertEquals("f10.json5", depth.span().file().displayName());
        assertEquals("'./f11.json5'", depth.span().text());
        assertTrue(depth.message().contains("10"), depth.message());
        assertTrue(depth.notes().stream().anyMatch(n -> n.contains("Maximum include depth (10) exceeded at: ./f11.json5")));
        assertEquals(1, result.diagnostics().size());
    }

    /** f1 .. f{count}; each but the last includes the next under key n, the last has {leaf: count}. */
    private void writeChain(int count) {
        for (int i = 1; i <= count; i++) {
            write(dir, "f" + i + ".json5", i < count ? "{ n: { $include: './f" + (i + 1) + ".json5' } }" : "{ leaf: " + i + " }");
        }
    }

    // ------------------------------------------------------------------ boundaries

    @Test
    void pathEscapingTheConfigDirectoryIsRefused() throws IOException {
        Path root = dir.resolve("conf");
        write(dir, "outside.json5", "{ secret: 1 }");
        LoadResult result = load(write(root, "openclaw.json", "{ a: { $include: '../outside.json5' } }"), Map.of());
        Diagnostic escape = only(result, LoadRules.INCLUDE_ESCAPES_ROOT);
        assertEquals("'../outside.json5'", escape.span().text());
        assertEquals(ConfigPath.of("a"), escape.path());
        assertTrue(escape.notes().contains("config directory: " + root.toAbsolutePath()), escape.notes().toString());
        assertEquals("{\"a\":{}}", json(result.value()), "nothing is read from outside");
        assertEquals(1, result.files().size());
    }

    @Test
    void absolutePathOutsideTheConfigDirectoryIsRefused() {
        Path root = dir.resolve("conf");
        Path outside = write(dir, "outside.json5", "{}");
        LoadResult result = load(write(root, "openclaw.json", "{ a: { $include: '" + outside + "' } }"), Map.of());
        only(result, LoadRules.INCLUDE_ESCAPES_ROOT);
    }

    @Test
    void dotDotThatStaysInsideIsAccepted() {
        write(dir, "ok.json5", "{ fine: true }");
        LoadResult result = loadText(dir, "{ a: { $include: './sub/../ok.json5' } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"a\":{\"fine\":true}}", json(result.value()));
    }

    @Test
    void symlinkPointingOutsideIsRefused() throws IOException {
        Path root = dir.resolve("conf");
        Path outside = write(dir, "secret/keys.json5", "{ key: 'x' }");
        Files.createDirectories(root);
        createSymlink(root.resolve("keys.json5"), outside);
        LoadResult result = load(write(root, "openclaw.json", "{ a: { $include: './keys.json5' } }"), Map.of());
        Diagnostic escape = only(result, LoadRules.INCLUDE_ESCAPES_ROOT);
        assertTrue(escape.message().contains("symbolic link"), escape.message());
        assertTrue(escape.notes().contains("real path: " + outside.toRealPath()), escape.notes().toString());
        assertEquals(1, result.files().size());
    }

    @Test
    void symlinkStayingInsideIsAccepted() throws IOException {
        Path target = write(dir, "real/target.json5", "{ ok: 1 }");
        createSymlink(dir.resolve("link.json5"), target);
        LoadResult result = loadText(dir, "{ a: { $include: './link.json5' } }", Map.of());
        assertNoDiagnostics(result);
        assertEquals("{\"a\":{\"ok\":1}}", json(result.value()));
    }

    @Test
    void includeRootsFromTheEnvironmentAdmitOutsideFiles() {
        Path shared = dir.resolve("shared");
        write(shared, "common.json5", "{ common: true }");
        Path root = write(dir, "conf/openclaw.json", "{ a: { $include: '" + shared.resolve("common.json5") + "' } }");
        assertEquals(LoadRules.INCLUDE_ESCAPES_ROOT, rules(load(root, Map.of())).get(0));
        LoadResult result = load(root, Map.of("OPENCLAW_INCLUDE_ROOTS", shared.toString()));
        assertNoDiagnostics(result);
        assertEquals("{\"a\":{\"common\":true}}", json(result.value()));
    }

    private static void createSymlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
        }
    }

    // ------------------------------------------------------------------ reading

    @Test
    void missingFileIsReportedAtTheIncludeString() {
        LoadResult result = loadText(dir, "{\n  a: { $include: './nope.json5', keep: 1 },\n}", Map.of());
        Diagnostic missing = only(result, LoadRules.INCLUDE_NOT_FOUND);
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals("openclaw.json", missing.span().file().displayName());
        assertEquals(2, missing.span().startLine());
        assertEquals("'./nope.json5'", missing.span().text());
        assertTrue(missing.notes().contains("resolved path: " + dir.resolve("nope.json5").toAbsolutePath()),
                missing.notes().toString());
        assertEquals("{\"a\":{\"keep\":1}}", json(result.value()), "siblings survive a failed include");
    }

    @Test
    void missingFileWithVariableInPathExplainsThatIncludesAreNotExpanded() {
        LoadResult result = loadText(dir, "{ a: { $include: '${CONF}/x.json5' } }", Map.of("CONF", dir.toString()));
        Diagnostic missing = only(result, LoadRules.INCLUDE_NOT_FOUND);
        assertTrue(missing.notes().stream().anyMatch(n -> n.contains("not expanded in include paths")));
    }

    @Test
    void missingFileInANestedIncludeShowsHowItWasReached() {
        write(dir, "a.json5", "{ b: { $include: './nope.json5' } }");
        LoadResult result = loadText(dir, "{ $include: './a.json5' }", Map.of());
        Diagnostic missing = only(result, LoadRules.INCLUDE_NOT_FOUND);
        assertEquals("a.json5", missing.span().file().displayName());
        assertTrue(missing.notes().contains("included via: openclaw.json -> a.json5"), missing.notes().toString());
        assertEquals(ConfigPath.of("b"), missing.path());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedAndAtTheLimitAccepted() {
        LoadOptions small = LoadOptions.of(Map.of()).withMaxIncludeBytes(32);
        write(dir, "ok.json5", "{ v: '" + "x".repeat(32 - 9) + "' }"); // exactly 32 bytes
        write(dir, "big.json5", "{ v: '" + "x".repeat(32 - 8) + "' }"); // 33 bytes
        Path root = write(dir, "openclaw.json", "{ a: { $include: './ok.json5' }, b: { $include: './big.json5' } }");
        LoadResult result = load(root, small);
        Diagnostic tooLarge = only(result, LoadRules.INCLUDE_TOO_LARGE);
        assertEquals("'./big.json5'", tooLarge.span().text());
        assertTrue(tooLarge.message().contains("33 bytes"), tooLarge.message());
        assertEquals(1, result.diagnostics().size());
        assertEquals(2, result.files().size(), "the large file is not read");
    }

    @Test
    void defaultSizeLimitIsTwoMebibytes() throws IOException {
        Path big = dir.resolve("big.json5");
        byte[] bytes = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[bytes.length - 1] = '}';
        Files.write(big, bytes);
        LoadResult result = loadText(dir, "{ a: { $include: './big.json5' } }", Map.of());
        Diagnostic tooLarge = only(result, LoadRules.INCLUDE_TOO_LARGE);
        assertTrue(tooLarge.message().contains("2 MiB"), tooLarge.message());
    }

    @Test
    void directoryIsNotARegularFile() throws IOException {
        Files.createDirectories(dir.resolve("sub.json5"));
        LoadResult result = loadText(dir, "{ a: { $include: './sub.json5' } }", Map.of());
        Diagnostic notFile = only(result, LoadRules.INCLUDE_NOT_REGULAR_FILE);
        assertTrue(notFile.message().contains("directory"), notFile.message());
    }

    @Test
    void hardLinkedFileIsRefused() throws IOException {
        Path original = write(dir, "orig.json5", "{ v: 1 }");
        try {
            Files.createLink(dir.resolve("linked.json5"), original);
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("hard links not supported here: " + e);
        }
        Assumptions.assumeTrue(Files.getFileStore(original).supportsFileAttributeView("unix"), "no link counts");
        LoadResult result = loadText(dir, "{ a: { $include: './linked.json5' } }", Map.of());
        Diagnostic hardLink = only(result, LoadRules.INCLUDE_NOT_REGULAR_FILE);
        assertTrue(hardLink.message().contains("2 hard links"), hardLink.message());
    }

    @Test
    void nulInPathIsUnreadable() {
        LoadResult result = loadText(dir, "{ a: { $include: 'a\\u0000b.json5' } }", Map.of());
        Diagnostic bad = only(result, LoadRules.INCLUDE_UNREADABLE);
        assertTrue(bad.message().contains("NUL"), bad.message());
    }

    @Test
    void syntaxErrorsInAnIncludedFilePointIntoItAndNameTheIncludeSite() {
        write(dir, "broken.json5", "{ a: 1,\n  b: }");
        LoadResult result = loadText(dir, "{ x: { $include: './broken.json5' } }", Map.of());
        assertTrue(!result.diagnostics().isEmpty());
        Diagnostic syntax = result.diagnostics().get(0);
        assertEquals("broken.json5", syntax.span().file().displayName());
        assertEquals(2, syntax.span().startLine());
        assertTrue(syntax.notes().stream().anyMatch(n -> n.startsWith("in a file included from openclaw.json:1:")),
                syntax.notes().toString());
        assertTrue(result.files().stream().anyMatch(f -> f.displayName().equals("broken.json5")));
    }

    // ------------------------------------------------------------------ $include values and siblings

    @Test
    void nonStringIncludeValueIsReported() {
        LoadResult result = loadText(dir, "{ a: { $include: 42 } }", Map.of());
        Diagnostic bad = only(result, LoadRules.INCLUDE_NOT_OBJECT);
        assertEquals("42", bad.span().text());
        assertTrue(bad.message().contains("not a number"), bad.message());
        assertTrue(bad.notes().get(0).contains("got number"));
    }

    @Test
    void nonStringArrayItemIsReportedAndTheOthersStillMerge() {
        write(dir, "a.json5", "{ ok: 1 }");
        LoadResult result = loadText(dir, "{ a: { $include: ['./a.json5', null] } }", Map.of());
        Diagnostic bad = only(result, LoadRules.INCLUDE_NOT_OBJECT);
        assertEquals("null", bad.span().text());
        assertTrue(bad.message().contains("item 1"), bad.message());
        assertTrue(bad.notes().get(0).contains("got object"), "JavaScript's typeof null");
        assertEquals("{\"a\":{\"ok\":1}}", json(result.value()));
    }

    @Test
    void siblingsNextToNonObjectContentAreReported() {
        write(dir, "list.json5", "['a']");
        LoadResult result = loadText(dir, "{ a: { $include: './list.json5', extra: 1 } }", Map.of());
        Diagnostic bad = only(result, LoadRules.INCLUDE_NOT_OBJECT);
        assertEquals("'./list.json5'", bad.span().text());
        assertTrue(bad.message().contains("an array"), bad.message());
        List<Label> labels = bad.labels();
        assertEquals("extra", labels.get(0).span().text());
        assertEquals("{\"a\":{\"extra\":1}}", json(result.value()));
    }

    @Test
    void loadWithoutPathUsesTheDisplayName() {
        write(dir, "inc.json5", "{ v: 1 }");
        Path root = write(dir, "openclaw.json", "{ $include: './inc.json5' }");
        ParseResult parsed = Json5Reader.read(new SourceFile(root.toString(), "{ $include: './inc.json5' }"));
        LoadResult result = new ConfigLoader(LoadOptions.of(Map.of())).load(parsed);
        assertNoDiagnostics(result);
        assertEquals(dir.resolve("inc.json5").toString(), result.files().get(1).displayName());
    }

    @Test
    void rootWithoutValueLoadsToNothing() {
        ParseResult parsed = Json5Reader.read(new SourceFile("openclaw.json", ""));
        LoadResult result = new ConfigLoader(LoadOptions.of(Map.of())).load(parsed, dir.resolve("openclaw.json"));
        assertNull(result.value());
        assertEquals(List.of(), result.diagnostics(), "the root's own parse errors are the caller's");
    }
}
