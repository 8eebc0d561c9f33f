package dev.clawc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.clawc.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: a key-shaped secret planted anywhere in a config (secret-bearing keys, headers, env vars,
 * a comment, an alias, an included file, a line with a syntax error) never appears in any output of
 * any command and format. Each case is a seed: the secret's shape, body and position vary with it.
 */
class SecretLeakPropertyTest {
    private static final String[] PREFIXES = {"sk-", "sk-ant-api03-", "sk-or-v1-", "AIza", "xoxb-1234567890-", "ghp_"};
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(40);
    }

    static String secret(Random random) {
        String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
        StringBuilder body = new StringBuilder(prefix);
        int length = prefix.equals("AIza") ? 35 : 24 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (random.nextInt(5) == 0) { // a long base64 token with no known prefix
            body.setLength(0);
            for (int i = 0; i < 48; i++) {
                body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            body.append("Qz9");
        }
        return body.toString();
    }

    /** A config with the secret at one of the positions, and (for includes) the included file. */
    private Path plant(String secret, int position) throws IOException {
        String model = "agents: { defaults: { model: 'anthropic/claude-sonnet-4-6' } }";
        String config;
        switch (position) {
            case 0 -> config = "{" + model + ", models: { providers: { openrouter: { apiKey: '" + secret + "' } } } }";
            case 1 -> config = "{" + model + ", models: { providers: { proxy: { baseUrl: 'https://llm.example.test/v1',"
                    + " api: 'openai-completions', headers: { Authorization: 'Bearer " + secret + "' },"
                    + " models: [{ id: 'm', name: 'M' }] } } } }";
            case 2 -> config = "{" + model + ", env: { vars: { OPENROUTER_API_KEY: '" + secret + "' } } }";
            case 3 -> config = "{" + model + ", channels: { telegram: { botToken: '" + secret + "' } } }";
            case 4 -> config = "// old key: " + secret + "\n{" + model + "}";
            case 5 -> config = "{ agents: { defaults: { model: 'x', models: { 'anthropic/claude-sonnet-4-6': { alias: '"
                    + secret + "' } } } } }";
            case 6 -> {
                Files.writeString(dir.resolve("secrets.json5"), "{ models: { providers: { openrouter: { apiKey: '" + secret + "' } } } }");
                config = "{ $include: './secrets.json5', " + model + "}";
            }
            case 7 -> config = "{" + model + ", models: { providers: { openrouter: { apiKey: '" + secret + "' oops } } } }";
            case 8 -> config = "{" + model + ", gateway: { auth: { token: '" + secret + "' } } }";
            default -> config = "{" + model + ", env: { OPENAI_API_KEY: '" + secret + "' } }";
        }
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, config);
        return file;
    }

    /** Control: an ordinary value planted the same way does reach the outputs, so the property is not vacuous. */
    @org.junit.jupiter.api.Test
    void anOrdinaryValueIsPrinted() throws IOException {
        Path file = plant("just-a-workspace-name", 5);
        org.junit.jupiter.api.Assertions.assertTrue(Cli.run("parse", file.toString()).out().contains("just-a-workspace-name"));
        org.junit.jupiter.api.Assertions.assertTrue(Cli.run("compile", "--diff", file.toString()).out()
                .contains("just-a-workspace-name") || Cli.run("compile", file.toString()).out().contains("just-a-workspace-name"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noOutputContainsThePlantedSecret(long seed) throws IOException {
        Random random = new Random(seed);
        String secret = secret(random);
        int position = (int) (seed % 10);
        Path file = plant(secret, position);
        Path env = dir.resolve("keys.env");
        Files.writeString(env, "OPENROUTER_API_KEY=" + secret + "\nPROXY_TOKEN=" + secret + "\n");
        String f = file.toString();
        List<String[]> commands = new ArrayList<>(List.of(
                new String[] {"check", "--no-color", f},
                new String[] {"check", "--format", "json", f},
                new String[] {"check", "--format", "sarif", f},
                new String[] {"check", "--format", "github", f},
                new String[] {"parse", f},
                new String[] {"compile", "--env-file", env.toString(), f},
                new String[] {"compile", "--resolve-env", "--env-file", env.toString(), f},
                new String[] {"compile", "--diff", f},
                new String[] {"explain", "--no-color", "--env-file", env.toString(), f},
                new String[] {"explain", "--format", "json", "--env-file", env.toString(), f},
                new String[] {"fix", "--dry-run", f}));
        String tail = secret.substring(secret.length() - 12);
        for (String[] command : commands) {
            Cli.Run run = Cli.run(command);
            String output = run.out() + run.err();
            assertFalse(output.contains(tail), "position " + position + ", `clawc " + String.join(" ", command)
                    + "` printed the secret:\n" + output);
        }
    }
    /** A secret with no known shape: a password-like word, found only because of where it sits. */
    static String plainSecret(Random random) {
        StringBuilder body = new StringBuilder("pw");
        for (int i = 0; i < 10 + random.nextInt(6); i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return body.toString();
    }

    /** Positions where only the place says "secret": the redaction point must know them from the config. */
    private Path plantPlain(String secret, int position) throws IOException {
        String model = "agents: { defaults: { model: 'acme/m' } }";
        String provider = "api: 'openai-completions', models: [{ id: 'm', name: 'M' }]";
        String config = switch (position) {
            case 0 -> "{" + model + ", models: { providers: { acme: { baseUrl: 'https://admin:" + secret + "@llm.example.test/v1', " + provider + " } } } }";
            case 1 -> "{" + model + ", models: { providers: { acme: { baseUrl: 'https://llm.example.test/v1?key=" + secret + "', " + provider + " } } } }";
            case 2 -> "{" + model + ", models: { providers: { acme: { baseUrl: 'https://llm.example.test/v1', headers: { 'X-Tenant-Auth': '" + secret + "' }, " + provider + " } } } }";
            case 3 -> "{" + model + ", env: { vars: { DB_PASS: '" + secret + "' } } }";
            case 4 -> "{" + model + ", models: { providers: { acme: { baseUrl: 'https://llm.example.test/v1', apiKye: '" + secret + "', " + provider + " } } } }";
            case 5 -> "{" + model + ", models: { providers: { acme: { baseUrl: 'https://llm.example.test/v1', \"api\\u004bey\": '" + secret + "', " + provider + " } } } }";
            case 6 -> "{" + model + ", gateway: { auth: { password: /* c */ '" + secret + "' } } }";
            default -> "{" + model + ", models: { providers: { acme: { baseUrl: 'https://llm.example.test/v1?key=${ACME_KEY}', " + provider + " } } } }";
        };
        Path file = dir.resolve("openclaw.json5");
        Files.writeString(file, config);
        return file;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noOutputContainsAPlainSecretFromASecretPlace(long seed) throws IOException {
        Random random = new Random(seed * 31);
        String secret = plainSecret(random);
        int position = (int) (seed % 8);
        Path file = plantPlain(secret, position);
        Path env = dir.resolve("keys.env");
        Files.writeString(env, "ACME_KEY=" + secret + "\n");
        String f = file.toString();
        List<String[]> commands = List.of(
                new String[] {"check", "--no-color", "--env-file", env.toString(), f},
                new String[] {"check", "--format", "json", f},
                new String[] {"check", "--format", "sarif", f},
                new String[] {"parse", f},
                new String[] {"compile", "--resolve-env", "--env-file", env.toString(), f},
                new String[] {"explain", "--no-color", "--env-file", env.toString(), f},
                new String[] {"explain", "--format", "json", "--env-file", env.toString(), f},
                new String[] {"fix", "--dry-run", f});
        Path report = dir.resolve("report.sarif");
        Path compiled = dir.resolve("compiled.json");
        Cli.run("check", "--format", "sarif", "-o", report.toString(), f);
        Cli.run("compile", "--resolve-env", "--env-file", env.toString(), "-o", compiled.toString(), f);
        for (Path written : List.of(report, compiled)) {
            assertFalse(Files.exists(written) && Files.readString(written).contains(secret),
                    "position " + position + ": " + written.getFileName() + " holds the secret");
        }
        for (String[] command : commands) {
            Cli.Run run = Cli.run(command);
            String output = run.out() + run.err();
            assertFalse(output.contains(secret), "position " + position + ", `clawc " + String.join(" ", command)
                    + "` printed the secret:\n" + output);
        }
    }
}
