package dev.clawc.rules.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clawc.diag.Diagnostic;
import dev.clawc.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasCollisionTest {
    private final RuleTester tester = RuleTester.of(new AliasCollision());

    @Test
    void theEarlierOfTwoDefinitionsLoses() {
        String config = "{agents: {defaults: {models: {\n"
                + "  'anthropic/claude-opus-4-5': {alias: 'opus'},\n"
                + "  'opencode/claude-opus-4-5': {alias: 'Opus'}}}}}";
        List<Diagnostic> found = tester.check(config);
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("alias-collision", d.rule());
        assertEquals("agents.defaults.models[\"anthropic/claude-opus-4-5\"].alias", d.path().toString());
        assertEquals(2, d.span().startLine());
        assertEquals(3, d.labels().get(0).span().startLine());
        assertEquals("this later definition wins", d.labels().get(0).message());
        assertTrue(d.notes().get(0).contains("selects `opencode/claude-opus-4-5`, never `anthropic/claude-opus-4-5`"),
                d.notes().get(0));
    }

    @Test
    void collisionsAreCheckedPerMap() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {'openai/gpt-5.4': {alias: 'fast'}}},"
                + " entries: {ops: {models: {'anthropic/claude-haiku-4-5': {alias: 'fast'}, 'google/gemini-2.5-flash': {alias: 'FAST'}}}}}}");
        assertEquals(1, found.size(), "an agent redefining a default alias is an override, not a collision");
        assertEquals("agents.entries.ops.models[\"anthropic/claude-haiku-4-5\"].alias", found.get(0).path().toString());
    }

    @Test
    void keysThatNormalizeToTheSameModelDoNotCollide() {
        assertEquals(List.of(), tester.check("{agents: {defaults: {models: {'anthropic/opus': {alias: 'big'},"
                + " 'anthropic/claude-opus-5': {alias: 'big'}, 'openai/gpt-5.4': {alias: 'gpt'}, 'openai/*': {alias: 'gpt'},"
                + " 'openai/gpt-5.4-mini': {alias: ''}, 'openai/gpt-4o': {alias: 'openai/gpt-4o'}}}}}"));
    }

    @Test
    void anAliasThatIsAnotherModelsRefShadowsIt() {
        List<Diagnostic> found = tester.check("{agents: {defaults: {models: {'openai/gpt-4o': {},"
                + " 'openrouter/openai/gpt-4o': {alias: 'openai/gpt-4o'}, 'anthropic/claude-haiku-4-5': {alias: 'team/haiku'}}}}}");
        assertEquals(1, found.size(), "`team/haiku` names no provider, so it cannot be mistaken for a ref");
        Diagnostic d = found.get(0);
        assertTrue(d.message().contains("is the ref of another model"), d.message());
        assertTrue(d.label().contains("gets `openrouter/openai/gpt-4o`"), d.label());
        assertEquals("`openai/gpt-4o` is configured here", d.labels().get(0).message());
    }
}
