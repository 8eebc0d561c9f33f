package dev.clawc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.SecretValues;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Reader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What counts as a secret for the output's redaction point, and what must not (it would hide ordinary text). */
class SecretScanTest {
    @Test
    void credentialVariablesAreSecretsButTheWorkingDirectoryIsNot() {
        for (String name : List.of("OPENROUTER_API_KEY", "GH_TOKEN", "DB_PASS", "DB_PWD", "PROXY_AUTH", "CLIENT_SECRET", "PASSWORD")) {
            assertTrue(SecretScan.isSecretEnvName(name), name);
        }
        for (String name : List.of("PWD", "OLDPWD", "SSH_AUTH_SOCK", "HOME", "PATH", "XDG_SESSION_TYPE", "PASSAGE_DIR")) {
            assertFalse(SecretScan.isSecretEnvName(name), name);
        }
    }

    @Test
    void processEnvironmentPathsAreNotMasked() {
        SecretValues secrets = new SecretValues();
        SecretScan.collect(null, Environment.of(Map.of("PWD", "/work/project", "OPENAI_API_KEY", "key-value-123456")), secrets);
        assertEquals("/work/project/openclaw.json: <redacted>", secrets.redact("/work/project/openclaw.json: key-value-123456"));
    }

    @Test
    void referencesAndPlaceholdersUnderCredentialFieldsAreNotSecrets() {
        SecretValues secrets = new SecretValues();
        String config = "{ a: { apiKey: 'ollama-local' }, b: { apiKey: 'OPENAI_API_KEY' }, c: { apiKey: 'env:RELAY_API_KEY' },"
                + " d: { apiKey: { source: 'env', provider: 'default', id: 'OPENAI_API_KEY' } }, e: { token: 'Xy7-real-secret' } }";
        SecretScan.collect(Json5Reader.read(new SourceFile("t", config)).value(), null, secrets);
        assertEquals("ollama-local OPENAI_API_KEY env:RELAY_API_KEY default <redacted>",
                secrets.redact("ollama-local OPENAI_API_KEY env:RELAY_API_KEY default Xy7-real-secret"));
    }
}
