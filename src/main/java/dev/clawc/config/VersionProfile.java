package dev.clawc.config;

import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.util.Map;

/**
 * What one OpenClaw release does, as named switches (rules/openclaw/&lt;version&gt;.json5). Each switch
 * records its value here and the range of releases it holds for.
 */
public record VersionProfile(OpenClawVersion version, boolean exact, Map<String, Json5Object> switches) {

    public boolean flag(String name) {
        return value(name) instanceof Json5Boolean b && b.value();
    }

    public String text(String name) {
        return value(name) instanceof Json5String s ? s.value() : null;
    }

    /** The release range the switch's value holds for, as written in the profile. */
    public String holds(String name) {
        Json5Object entry = entry(name);
        return entry.get("holds") instanceof Json5String s ? s.value() : "";
    }

    private Json5Value value(String name) {
        return entry(name).get("value");
    }

    private Json5Object entry(String name) {
        Json5Object entry = switches.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("no switch `" + name + "` in the profile of OpenClaw " + version);
        }
        return entry;
    }
}
