package dev.clawc.lsp;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.KeyHistory;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.Route;
import dev.clawc.config.RoutePlanner;
import dev.clawc.config.Slot;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Span;
import dev.clawc.payload.Explanation;
import dev.clawc.payload.RequestContext;
import dev.clawc.payload.RequestPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover text: on a model ref, its route and the first request {@code explain} computes for it; on a key, its
 * schema description and the releases that accept it; on a finding, the rule's documentation. Every hover is
 * masked for key-shaped secrets like all other output.
 */
final class Hovers {
    private final SchemaIndex schema;

    Hovers(SchemaIndex schema) {
        this.schema = schema;
    }

    Hover at(Path file, String text, int offset, Snapshot snapshot) {
        List<String> parts = new ArrayList<>();
        String modelRef = modelRef(file, offset, snapshot);
        if (modelRef != null) {
            parts.add(modelRef);
        } else {
            String key = key(text, offset, snapshot);
            if (key != null) {
                parts.add(key);
            }
        }
        for (Diagnostic finding : snapshot.diagnosticsIn(file)) {
            Span span = finding.span();
            if (span != null && span.start() <= offset && offset <= span.end()) {
                parts.add(ruleDoc(finding));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, Secrets.maskKeyShaped(String.join("\n\n---\n\n", parts))));
    }

    /** The route and request summary for the model ref under the cursor, or null when there is none. */
    static String modelRef(Path file, int offset, Snapshot snapshot) {
        ConfigModel config = snapshot.model();
        if (config == null) {
            return null;
        }
        RoutePlanner planner = new RoutePlanner(config, snapshot.result().environment().asMap());
        for (Slot slot : config.slots()) {
            if (contains(slot.node().span(), file, offset)) {
                String agent = slot.agentId() != null ? slot.agentId() : planner.agentIds().get(0);
                return describe(config, planner, planner.route(agent, slot.name(), slot, slot.text()), slot.text(),
                        slot.owner() + " · `" + slot.name() + "`", snapshot);
            }
        }
        for (ModelEntry entry : config.modelEntries()) {
            if (contains(entry.member().key().span(), file, offset)) {
                String agent = entry.agentId() != null ? entry.agentId() : planner.agentIds().get(0);
                return describe(config, planner, planner.route(agent, "model", null, entry.key()), entry.key(),
                        "`" + entry.path() + "`", snapshot);
            }
        }
        return null;
    }

    private static String describe(ConfigModel config, RoutePlanner planner, Route route, String written, String where,
            Snapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append("**`").append(written).append("`** (").append(where).append(")\n\n");
        if (route == null) {
            return out.append("Not a usable model ref: OpenClaw cannot resolve it to a provider and model.").toString();
        }
        if (route.via() == ConfigModel.Via.ALIAS) {
            out.append("Alias for `").append(route.key()).append("`.\n\n");
        } else if (route.via() != ConfigModel.Via.EXPLICIT) {
            out.append("Resolves to `").append(route.key()).append("` (").append(route.via().name().toLowerCase().replace('_', ' '))
                    .append(").\n\n");
        }
        out.append("| route | |\n|---|---|\n");
        row(out, "provider", route.provider());
        row(out, "API kind", route.api());
        row(out, "host", route.host() == null ? null : route.host() + (route.customBaseUrl() ? " (configured baseUrl)" : ""));
        row(out, "endpoint class", route.endpointClass());
        row(out, "model id sent", route.upstreamId());
        if (route.retention() != null) {
            Route.Retention retention = route.retention();
            row(out, "cache retention", (retention.value() == null ? "not applied" : retention.value())
                    + (retention.source() == null ? "" : " (" + retention.source() + ")")
                    + (retention.ignored() && retention.value() != null ? ", ignored on this route" : ""));
        }
        Route.CachePlan cache = route.cache();
        if (cache != null) {
            List<String> markers = new ArrayList<>();
            for (Route.Marker marker : cache.markers()) {
                markers.add(marker.where().name().toLowerCase().replace('_', ' ') + (marker.ttl() == null ? "" : " (ttl " + marker.ttl() + ")"));
            }
            row(out, "cache markers", cache.sendsMarkers() ? "sent: " + String.join(", ", markers) : "none");
        }
        out.append('\n');
        if (cache != null) {
            for (String reason : cache.reasons()) {
                out.append("- ").append(reason).append('\n');
            }
        }
        out.append('\n').append(request(config, route, snapshot));
        return out.toString();
    }

    /** The first-turn request summary, as {@code explain} computes it (or why no request goes out). */
    private static String request(ConfigModel config, Route route, Snapshot snapshot) {
        Boolean known = ModelCatalog.bundled().knownToOpenClaw(route.provider(), route.upstreamId(), config.version());
        if (Boolean.FALSE.equals(known)) {
            String reason = ModelCatalog.bundled().refusalReason(route.provider(), route.upstreamId(), config.version());
            return "**Request:** none: OpenClaw " + config.version() + " refuses it ("
                    + (reason != null ? reason : "Unknown model: " + route.key()) + ").";
        }
        Explanation explanation;
        try {
            explanation = RequestPlanner.explain(new RequestContext(config, route, null, false, null,
                    snapshot.result().environment().asMap()));
        } catch (RuntimeException e) {
            return "**Request:** not computed (" + e.getClass().getSimpleName() + ").";
        }
        if (explanation.request() == null) {
            return "**Request:** none" + (explanation.refusal() == null ? "." : ": " + explanation.refusal());
        }
        StringBuilder out = new StringBuilder("**Request** (first turn of a new session, as `clawc explain` shows it): `")
                .append(explanation.request().method()).append(' ').append(explanation.request().url()).append("`\n\n");
        List<String> fields = new ArrayList<>();
        Iterator<String> names = explanation.request().body().fieldNames();
        names.forEachRemaining(name -> fields.add("`" + name + "`"));
        out.append("body: ").append(String.join(", ", fields)).append('\n');
        int markers = count(explanation.request().body().toString(), "\"cache_control\"");
        out.append("\n`cache_control` markers in the body: ").append(markers).append('\n');
        for (Explanation.FieldNote note : explanation.notes()) {
            out.append("- `").append(note.field()).append("`: ").append(note.reason()).append('\n');
        }
        out.append("\nRun `clawc explain --model ").append(route.key()).append("` for the whole request.");
        return out.toString();
    }

    private String key(String text, int offset, Snapshot snapshot) {
        CursorLocation at = CursorLocation.at(text, offset);
        if (at.tokenStart() < 0 || at.tokenStart() == at.tokenEnd() || !at.expectsKey()) {
            return null;
        }
        List<Object> path = new ArrayList<>(at.path());
        path.add(at.tokenValue(text));
        String description = schema.forRelease(snapshot == null || snapshot.model() == null ? null : snapshot.model().version())
                .description(path);
        StringBuilder out = new StringBuilder();
        out.append("**`").append(ConfigPath.of(path.toArray())).append("`**\n\n");
        if (description != null) {
            out.append(description).append("\n\n");
        }
        ConfigPath configPath = ConfigPath.of(path.toArray());
        KeyHistory.IntroducedKey introduced = KeyHistory.bundled().introducedAt(configPath);
        KeyHistory.RetiredKey retired = KeyHistory.bundled().retiredAt(configPath);
        if (introduced != null) {
            out.append("Accepted from OpenClaw ").append(introduced.addedIn()).append(" on");
            if (introduced.instead() != null) {
                out.append("; earlier releases take `").append(introduced.instead()).append('`');
            }
            out.append(".\n\n");
        }
        if (retired != null) {
            out.append("Retired in OpenClaw ").append(retired.removedIn());
            if (retired.lastAcceptedIn() != null) {
                out.append(" (last accepted by ").append(retired.lastAcceptedIn()).append(')');
            }
            if (retired.movedTo() != null) {
                out.append("; now `").append(retired.movedTo()).append('`');
            }
            out.append(".\n\n");
        }
        if (introduced == null && retired == null && description != null && snapshot.result().version() != null) {
            out.append("Accepted by the release checked against: ").append(snapshot.result().version().describe()).append(".\n");
        }
        return description == null && introduced == null && retired == null ? null : out.toString().trim();
    }

    static String ruleDoc(Diagnostic finding) {
        StringBuilder out = new StringBuilder("**").append(finding.rule()).append("** (")
                .append(finding.severity().label()).append(")\n\n");
        String doc = ruleDocText(finding.rule());
        if (doc != null) {
            out.append(doc.trim());
        }
        return out.toString();
    }

    private static String ruleDocText(String rule) {
        try (InputStream in = Hovers.class.getResourceAsStream("/clawc/rules/docs/" + rule + ".md")) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the page's title repeats the rule id; keep the rest, at most a screen of it
            String[] lines = text.split("\n", -1);
            StringBuilder out = new StringBuilder();
            int kept = 0;
            for (String line : lines) {
                if (kept == 0 && line.startsWith("# ")) {
                    continue;
                }
                if (kept++ > 40) {
                    out.append("\n…");
                    break;
                }
                out.append(line).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean contains(Span span, Path file, int offset) {
        return span != null && span.start() <= offset && offset <= span.end()
                && file.equals(Uris.fromDisplayName(span.file().displayName()));
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("| ").append(name).append(" | ").append(value == null ? "—" : "`" + value.replace("|", "\\|") + "`").append(" |\n");
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

}
