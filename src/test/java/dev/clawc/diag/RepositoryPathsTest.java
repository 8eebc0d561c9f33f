package dev.clawc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF and GitHub annotation paths: from the repository root, absolute URIs outside it, labels in JSON. */
class RepositoryPathsTest {
    @TempDir
    Path temp;

    private static Diagnostic finding(String fileName) {
        SourceFile file = new SourceFile(fileName, "{ agents: { defaults: { modelz: {} } } }\n");
        int at = file.text().indexOf("modelz");
        return Diagnostic.builder("unknown-key", Severity.ERROR, "unknown key `modelz` in `agents.defaults`")
                .at(file.span(at, at + 6), "did you mean `models`?").build();
    }

    @Test
    void theRepositoryRootIsWhereGitIsElseTheWorkingDirectory() throws Exception {
        Files.createDirectories(temp.resolve("repo/.git"));
        Files.createDirectories(temp.resolve("repo/gateway/sub"));
        assertEquals(temp.resolve("repo"), RepositoryRoot.of(temp.resolve("repo/gateway/sub")));
        Files.createDirectories(temp.resolve("plain/dir"));
        Path plain = temp.resolve("plain/dir");
        // no .git in the temp tree: only an ancestor of the temp directory could have one
        Path found = RepositoryRoot.of(plain);
        assertTrue(found.equals(plain) || !found.startsWith(temp), found.toString());
    }

    @Test
    void sarifUrisAreRepositoryRelativeInsideAndAbsoluteWithoutABaseOutside() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("my repo"));
        Path inside = repo.resolve("gateway/openclaw.json");
        Path outside = temp.resolve("elsewhere/openclaw.json");
        String sarif = new SarifRenderer("1", List.of(), repo).render(List.of(finding(inside.toString()), finding(outside.toString())));
        JsonNode results = new ObjectMapper().readTree(sarif).at("/runs/0/results");
        JsonNode in = results.get(0).at("/locations/0/physicalLocation/artifactLocation");
        assertEquals("gateway/openclaw.json", in.get("uri").asText());
        assertEquals("%SRCROOT%", in.get("uriBaseId").asText());
        JsonNode out = results.get(1).at("/locations/0/physicalLocation/artifactLocation");
        assertEquals(outside.toUri().toString(), out.get("uri").asText());
        assertTrue(out.get("uri").asText().startsWith("file:///"));
        assertFalse(out.has("uriBaseId"), "an absolute URI with a uriBaseId is SARIF1004");
        assertTrue(new ObjectMapper().readTree(sarif).at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText().endsWith("/my%20repo/"));
    }

    @Test
    void githubAnnotationsNameFilesFromTheRepositoryRoot() {
        Path repo = temp.resolve("repo");
        String out = new GithubRenderer(repo).render(List.of(finding(repo.resolve("gateway/openclaw.json").toString())));
        assertTrue(out.startsWith("::error file=gateway/openclaw.json,line=1,col=25,"), out);
    }

    @Test
    void jsonKeepsThePrimaryLabel() throws Exception {
        String json = new JsonRenderer("1").render(List.of(finding("openclaw.json")), java.util.Map.of());
        assertEquals("did you mean `models`?", new ObjectMapper().readTree(json).at("/diagnostics/0/label").asText());
    }
}
