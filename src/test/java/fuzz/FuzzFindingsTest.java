package fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz findings that the fuzz targets' seeds cannot replay on their own (another command than the one the
 * seed ran). Each is listed in bench/fuzz.md.
 */
class FuzzFindingsTest {
    @TempDir
    Path dir;

    /** Finding 3: a `${VAR}` holding a key, used as a model ref, was printed by explain and compile. */
    @Test
    void aKeyInAModelRefFromAnEnvVarIsNeverPrinted() throws IOException {
        Path env = dir.resolve("keys.env");
        Files.writeString(env, "KEY=" + FuzzSupport.SECRET + "\n");
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, "{ agents: { defaults: { model: { primary: '${KEY}', fallbacks: ['openrouter/${KEY}'] },"
                + " models: { '${KEY}': { alias: 'x' } } } } }");
        String[][] commands = {
            {"explain", "--no-color"}, {"explain", "--format", "json"}, {"compile"}, {"compile", "--resolve-env"},
            {"compile", "--diff"}, {"check", "--format", "json"}, {"check", "--no-color"}};
        for (String[] command : commands) {
            String[] args = new String[command.length + 4];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--no-process-env";
            args[command.length + 1] = "--env-file";
            args[command.length + 2] = env.toString();
            args[command.length + 3] = file.toString();
            FuzzSupport.run(args); // asserts: no crash, no secret
        }
    }

    /** Finding 4: Infinity where the schema has an enum made the validator throw. */
    @Test
    void infinityUnderAnEnumIsAFindingNotACrash() throws IOException {
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, "{ agents: { defaults: { model: 'anthropic/claude-sonnet-4-6', thinkingDefault: -Infinity } } }");
        Cli.Run run = FuzzSupport.run("check", "--no-color", "--no-process-env", file.toString());
        assertTrue(run.out().contains("found -Infinity"), run.out());
        FuzzSupport.run("explain", "--no-color", "--no-process-env", file.toString());
    }

    /** Finding 2: NaN where the schema has a minimum made the validator throw. */
    @Test
    void nanUnderAMinimumIsAFindingNotACrash() throws IOException {
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, "{ agents: { defaults: { model: 'p/m' } }, models: { providers: { p: { baseUrl:"
                + " 'https://x.test/v1', api: 'openai-completions', models: [{ id: 'm', name: 'm', maxTokens: NaN,"
                + " contextWindow: NaN }] } } } }");
        Cli.Run run = FuzzSupport.run("check", "--no-color", "--no-process-env", file.toString());
        assertTrue(run.out().contains("found NaN"), run.out());
        assertFalse(run.err().contains("internal error"), run.err());
        FuzzSupport.run("explain", "--no-color", "--no-process-env", file.toString());
    }
}
