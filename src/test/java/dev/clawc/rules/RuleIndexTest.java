package dev.clawc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

    @Test
    void theBuildsIndexListsEveryClassOfTheRulesPackage() {
        List<String> indexed = RuleIndex.read();
        assertNotNull(indexed, "no " + RuleIndex.RESOURCE + ": did the process-classes step run?");
        List<String> listed = new ArrayList<>(RuleDiscovery.scan());
        listed.sort(null);
        assertEquals(listed, indexed);
    }
}
