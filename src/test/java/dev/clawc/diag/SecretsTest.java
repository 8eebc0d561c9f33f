package dev.clawc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {"apiKey", "api_key", "x-api-key", "botToken", "accessToken", "clientSecret", "password",
            "Authorization", "webhookSecret", "token"})
    void secretKeys(String key) {
        assertTrue(Secrets.isSecretKey(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maxTokens", "contextTokens", "model", "primary", "tokenFile", "apiKeyEnv", "secretsRef",
            "authMode"})
    void ordinaryKeys(String key) {
        assertFalse(Secrets.isSecretKey(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk-ant-api03-abcdefghijklmnopqrstuvwxyz", "sk-or-v1-0123456789abcdef0123",
            "AIzaSyA1234567890abcdefghijklmnopqrstu", "xoxb-1234567890-abcdefghij", "Bearer abcdefghijklmnop1234",
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghijklmnop", "Zq8vR2mN5tLp0Xw3Yb7Kc1Hd4Fg6Js9A"})
    void keyShapedValues(String value) {
        assertTrue(Secrets.containsKeyShaped(value), value);
        assertFalse(Secrets.maskKeyShaped("x " + value + " y").contains(value.substring(value.length() - 8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"openrouter/anthropic/claude-3.5-sonnet", "openrouter/meta-llama/llama-3.2-3b-instruct:free",
            "https://openrouter.ai/api/v1", "~/.openclaw/workspace/agents/main", "${OPENROUTER_API_KEY}",
            "claude-sonnet-4-5-20250929", "the-quick-brown-fox-jumps-over-the-lazy-dog"})
    void ordinaryValues(String value) {
        assertFalse(Secrets.containsKeyShaped(value), value);
        assertEquals(value, Secrets.maskKeyShaped(value));
    }
}
