package dev.clawc.cli;

import dev.clawc.diag.RuleMeta;
import dev.clawc.diag.SarifRenderer;
import dev.clawc.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rule metadata plus documentation pages (rules/docs/&lt;id&gt;.md), as SARIF wants them. */
final class RuleDocs {

    private RuleDocs() {
    }

    static List<SarifRenderer.RuleDescriptor> descriptors() {
        List<SarifRenderer.RuleDescriptor> out = new ArrayList<>();
        for (RuleMeta meta : RuleRegistry.all()) {
            String doc = RulesCommand.doc(meta.id());
            String markdown = doc == null ? meta.summary() : doc;
            String full = section(markdown, "What it finds");
            out.add(new SarifRenderer.RuleDescriptor(meta.id(), name(meta.id()), meta.summary(),
                    full.isEmpty() ? meta.summary() : full, plain(markdown), markdown, meta.severity()));
        }
        return out;
    }

    /** `bare-model-ref` -> `BareModelRef`. */
    static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** The text of a `## Heading` section, joined to one paragraph. */
    static String section(String markdown, String heading) {
        int at = markdown.indexOf("## " + heading);
        if (at < 0) {
            return "";
        }
        int start = markdown.indexOf('\n', at);
        int end = markdown.indexOf("\n## ", start + 1);
        String body = markdown.substring(start + 1, end < 0 ? markdown.length() : end).trim();
        return body.replaceAll("\\s*\\n\\s*", " ");
    }

    /** Markdown without its heading and emphasis marks, for plain-text help. */
    static String plain(String markdown) {
        return markdown.replaceAll("(?m)^#+\\s*", "").replace("**", "").trim();
    }
}
