package dev.clawc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CursorLocationTest {

    private static CursorLocation at(String marked) {
        int offset = marked.indexOf('|');
        return CursorLocation.at(marked.substring(0, offset) + marked.substring(offset + 1), offset);
    }

    @Test
    void keyPositionInsideNestedObjects() {
        CursorLocation at = at("{ agents: { 'defaults': { model: 'x', mo| } } }");
        assertTrue(at.expectsKey());
        assertEquals(List.of("agents", "defaults"), at.path());
        assertEquals("mo", at.prefix());
        assertTrue(at.siblingKeys().contains("model"));
    }

    @Test
    void valuePositionInArraysAndAfterComments() {
        CursorLocation at = at("{ model: { /* a, b: [ */ fallbacks: [\"a\", \"open|\"] } }");
        assertFalse(at.expectsKey());
        assertEquals(List.of("model", "fallbacks", 1), at.path());
        assertEquals("open", at.prefix());
        assertEquals('"', at.quote());
    }

    @Test
    void insideACommentThereIsNoToken() {
        assertEquals(-1, at("{ // agents: { mo| \n }").tokenStart());
    }

    @Test
    void halfTypedTextWithoutClosingBrackets() {
        CursorLocation at = at("{ agents: { defaults: { model: { primary: \"openrouter/|");
        assertEquals(List.of("agents", "defaults", "model", "primary"), at.path());
        assertEquals("openrouter/", at.prefix());
    }
}
