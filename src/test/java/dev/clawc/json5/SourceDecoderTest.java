package dev.clawc.json5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        SourceDecoder.Decoded decoded = SourceDecoder.decode("f", bytes);
        assertEquals("{}", decoded.file().text());
        assertTrue(decoded.diagnostics().isEmpty());
    }

    @Test
    void reportsEachRunOfInvalidBytesWhereItIs() {
        byte[] bytes = "{a: \"x\u00e9 ?? ok ?\"}".getBytes(StandardCharsets.UTF_8);
        // replace the two `?` with a bad pair and the lone `?` with a stray continuation byte
        String text = new String(bytes, StandardCharsets.UTF_8);
        int first = text.indexOf('?') + 1; // the é takes two bytes
        bytes[first] = (byte) 0xFF;
        bytes[first + 1] = (byte) 0xFE;
        bytes[bytes.length - 4] = (byte) 0x80;
        SourceDecoder.Decoded decoded = SourceDecoder.decode("f", bytes);
        assertEquals(2, decoded.diagnostics().size());
        Diagnostic firstRun = decoded.diagnostics().get(0);
        assertEquals("invalid UTF-8: bytes 0xFF 0xFE", firstRun.message());
        assertEquals(1, firstRun.span().startLine());
        assertEquals(9, firstRun.span().startColumn());
        assertEquals("invalid UTF-8: byte 0x80", decoded.diagnostics().get(1).message());
        assertTrue(decoded.file().text().contains("\uFFFD"));
    }

    @Test
    void validUtf8HasNoFindings() {
        SourceDecoder.Decoded decoded = SourceDecoder.decode("f", "{ 名前: '🦀' }".getBytes(StandardCharsets.UTF_8));
        assertTrue(decoded.diagnostics().isEmpty());
        assertEquals("{ 名前: '🦀' }", decoded.file().text());
    }
}
