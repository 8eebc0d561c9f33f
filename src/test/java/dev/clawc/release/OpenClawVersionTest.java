package dev.clawc.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class OpenClawVersionTest {
    /** A record with the same components: what the generated equals and hashCode gave before they were written out. */
    private record Generated(int year, int month, int day, int build) {
    }

    @Test
    void equalsAndHashCodeAreTheRecordsOwn() {
        for (String text : new String[] {"2026.1.29", "2026.2.6-3", "2026.12.31", "1999.1.1-12", "2026.9.6"}) {
            OpenClawVersion v = OpenClawVersion.parse(text);
            assertEquals(new Generated(v.year(), v.month(), v.day(), v.build()).hashCode(), v.hashCode(), text);
            assertEquals(OpenClawVersion.parse(text), v);
        }
        assertNotEquals(OpenClawVersion.parse("2026.2.6"), OpenClawVersion.parse("2026.2.6-1"));
        assertNotEquals(OpenClawVersion.parse("2026.2.6"), OpenClawVersion.parse("2026.2.7"));
        assertNotEquals(OpenClawVersion.parse("2026.2.6"), "2026.2.6");
    }
}
