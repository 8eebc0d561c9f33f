package dev.clawc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `clawc lsp` as the command line runs it: framed JSON-RPC on stdin, answers on stdout, exit 0 after shutdown. */
class LspCommandTest {

    private static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    @Test
    void servesInitializeAndExitsCleanlyAfterShutdown() {
        String input = frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
                + frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
                + frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"lsp"}, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        String answer = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(answer.contains("\"completionProvider\""), answer);
        assertTrue(answer.contains("\"name\":\"clawc\""), answer);
    }
}
