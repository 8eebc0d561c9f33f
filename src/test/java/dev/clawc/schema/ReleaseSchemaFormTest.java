package dev.clawc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** OpenClaw's JavaScript-made schemas, read the way JavaScript reads them. */
class ReleaseSchemaFormTest {
    @Test
    void javascriptCharacterClassesMeanTheSameInJava() {
        Pattern p = Pattern.compile(EcmaPattern.toJava("^[^.[\\]]+$"));
        assertTrue(p.matcher("abc").matches());
        assertTrue(!p.matcher("a[b").matches() && !p.matcher("a.b").matches() && !p.matcher("a]b").matches());
        Pattern nul = Pattern.compile(EcmaPattern.toJava("^\\/(?!\\/)[^\\0]*[^/\\0]$"));
        assertTrue(nul.matcher("/etc/x").matches());
        assertTrue(!nul.matcher("/etc/x\0").matches());
        assertEquals("[]a]", EcmaPattern.toJava("[]a]"));
    }

    @Test
    void aUnionOfConstantsBecomesAnEnum() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var schema = json.readTree("{\"anyOf\":[{\"type\":\"string\",\"const\":\"auto\"},{\"type\":\"string\",\"const\":\"lan\"}]}");
        assertEquals(json.readTree("{\"enum\":[\"auto\",\"lan\"],\"type\":\"string\"}"), ConstUnions.rewrite(schema));
        var mixed = json.readTree("{\"anyOf\":[{\"type\":\"string\",\"const\":\"auto\"},{\"type\":\"number\"}]}");
        assertEquals(mixed.deepCopy(), ConstUnions.rewrite(mixed));
    }
}
