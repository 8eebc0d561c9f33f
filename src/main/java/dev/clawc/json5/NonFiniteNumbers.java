package dev.clawc.json5;

import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/** Finds Infinity and NaN, which JSON5 has and JSON does not. */
public final class NonFiniteNumbers {
    public static final String RULE = "non-finite-number";

    private NonFiniteNumbers() {
    }

    public static List<Diagnostic> find(Json5Value root) {
        List<Diagnostic> found = new ArrayList<>();
        visit(root, ConfigPath.root(), found);
        return found;
    }

    private static void visit(Json5Value value, ConfigPath path, List<Diagnostic> found) {
        if (value instanceof Json5Object object) {
            for (Json5Member member : object.members()) {
                visit(member.value(), path.key(member.name()), found);
            }
        } else if (value instanceof Json5Array array) {
            int index = 0;
            for (Json5Value element : array.elements()) {
                visit(element, path.index(index++), found);
            }
        } else if (value instanceof Json5Number number && !number.isFinite()) {
            found.add(Diagnostic.builder(RULE, Severity.ERROR, "`" + number.text() + "` has no JSON form")
                    .at(number.span(), "not representable in JSON")
                    .path(path)
                    .note("JSON5 allows Infinity and NaN, strict JSON does not; JavaScript's JSON.stringify writes them as null")
                    .help("use a finite number, or null")
                    .build());
        }
    }
}
