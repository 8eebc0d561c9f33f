package dev.clawc.schema;

import dev.clawc.diag.ConfigPath;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Key;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Value;
import java.util.ArrayList;
import java.util.List;

/** Finds the JSON5 node a JSON pointer names, so that validator findings get source spans. */
final class AstLocator {

    /** The node, the key it is written under (null for the root and array elements) and its config path. */
    record Located(Json5Value value, Json5Key key, ConfigPath path) {
    }

    private AstLocator() {
    }

    static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return segments;
        }
        String body = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        for (String raw : body.split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /** Null when the pointer leads nowhere (it always should: the validator saw the same tree). */
    static Located find(Json5Value root, List<String> segments) {
        Json5Value current = root;
        Json5Key key = null;
        ConfigPath path = ConfigPath.root();
        for (String segment : segments) {
            if (current instanceof Json5Object object) {
                Json5Member member = object.member(segment);
                if (member == null) {
                    return null;
                }
                current = member.value();
                key = member.key();
                path = path.key(segment);
            } else if (current instanceof Json5Array array) {
                int index;
                try {
                    index = Integer.parseInt(segment);
                } catch (NumberFormatException e) {
                    return null;
                }
                if (index < 0 || index >= array.elements().size()) {
                    return null;
                }
                current = array.elements().get(index);
                key = null;
                path = path.index(index);
            } else {
                return null;
            }
        }
        return new Located(current, key, path);
    }
}
