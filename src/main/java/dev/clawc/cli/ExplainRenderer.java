package dev.clawc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.core.AnalysisResult;
import dev.clawc.diag.ConfigPath;
import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.HumanRenderer;
import dev.clawc.diag.JsonRenderer;
import dev.clawc.diag.PrettyJson;
import dev.clawc.diag.Secrets;
import dev.clawc.payload.Explanation;
import dev.clawc.payload.FailoverRequests;
import dev.clawc.payload.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints what `clawc explain` found: per route, the request (or why there is none) with its reasons. */
final class ExplainRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputFormat format;
    private final boolean color;

    ExplainRenderer(OutputFormat format, boolean color) {
        this.format = format;
        this.color = color;
    }

    String render(AnalysisResult result, List<Explanation> explanations) {
        return format == OutputFormat.json ? json(result, explanations) : human(result, explanations);
    }

    private String json(AnalysisResult result, List<Explanation> explanations) {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "clawc");
        root.put("version", ClawcVersion.get());
        root.put("openclawVersion", result.version().version().toString());
        root.put("openclawVersionSource", result.version().source());
        dev.clawc.config.VersionProfile profile = result.model() == null ? null : result.model().profile();
        if (profile != null) {
            root.put("verified", profile.explainVerified());
            if (!profile.explainVerified()) {
                ArrayNode nearest = root.putArray("verifiedNearest");
                nearestVerified(profile).forEach(nearest::add);
            }
        }
        ArrayNode requests = root.putArray("requests");
        for (Explanation e : explanations) {
            Route route = e.route();
            ObjectNode item = requests.addObject();
            item.put("agent", route.agentId());
            item.put("slot", route.slotName());
            item.put("ref", route.key());
            ObjectNode r = item.putObject("route");
            r.put("provider", route.provider());
            r.put("api", route.api());
            r.put("baseUrl", route.baseUrl() == null ? null : Secrets.maskKeyShaped(route.baseUrl()));
            r.put("endpointClass", route.endpointClass());
            r.put("upstreamId", route.upstreamId());
            ObjectNode cache = r.putObject("cache");
            cache.put("retention", route.retention().value());
            cache.put("retentionSource", route.retention().source());
            ArrayNode markers = cache.putArray("markers");
            for (Route.Marker m : route.cache().markers()) {
                ObjectNode marker = markers.addObject();
                marker.put("where", m.where().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                marker.put("ttl", m.ttl());
            }
            if (e.request() == null) {
                item.putNull("request");
                item.put(e.modelled() ? "refusal" : "notModelled", e.refusal());
            } else {
                item.set("request", requestNode(e.request()));
            }
            ArrayNode notes = item.putArray("notes");
            for (Explanation.FieldNote note : e.notes()) {
                notes.addObject().put("field", note.field()).put("reason", note.reason());
            }
            if (e.failover() != null) {
                item.set("failover", failoverNode(e.failover()));
            }
            ArrayNode diagnostics = item.putArray("diagnostics");
            for (Diagnostic d : concerning(result.diagnostics(), route)) {
                diagnostics.add(diagnosticNode(d));
            }
        }
        try {
            return JSON.writer(PrettyJson.printer()).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ObjectNode failoverNode(Explanation.FailoverTurn turn) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode reached = node.putArray("reachedOn");
        turn.reachedOn().forEach(reached::add);
        if (turn.unreached() != null) {
            node.put("unreached", turn.unreached());
        }
        if (turn.request() == null) {
            node.putNull("request");
        } else {
            node.set("request", requestNode(turn.request()));
        }
        ArrayNode notes = node.putArray("notes");
        for (Explanation.FieldNote note : turn.notes()) {
            notes.addObject().put("field", note.field()).put("reason", note.reason());
        }
        return node;
    }

    private static ObjectNode requestNode(HttpRequest request) {
        ObjectNode req = JSON.createObjectNode();
        req.put("method", request.method());
        req.put("url", request.url());
        ObjectNode headers = req.putObject("headers");
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            headers.put(h.getKey(), h.getValue());
        }
        req.set("body", request.body());
        return req;
    }

    private static JsonNode diagnosticNode(Diagnostic d) {
        try {
            JsonNode report = JSON.readTree(new JsonRenderer(ClawcVersion.get()).render(List.of(d), Map.of()));
            return report.get("diagnostics").get(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verified releases nearest below and above the profile's release (one or two). */
    private static List<String> nearestVerified(dev.clawc.config.VersionProfile profile) {
        return java.util.Arrays.stream(profile.nearestWith("explainVerified", true)).filter(java.util.Objects::nonNull)
                .map(Object::toString).toList();
    }

    /** The header's warning for a release whose predictions no capture has checked, or null. */
    private static String unverified(AnalysisResult result) {
        dev.clawc.config.VersionProfile profile = result.model() == null ? null : result.model().profile();
        if (profile == null || profile.explainVerified()) {
            return null;
        }
        List<String> nearest = nearestVerified(profile);
        return "unverified: no requests captured from OpenClaw " + result.version().version() + " were compared with these"
                + " predictions" + (nearest.isEmpty() ? "" : "; verified releases nearest to it: " + String.join(" and ", nearest));
    }

    private String human(AnalysisResult result, List<Explanation> explanations) {
        StringBuilder out = new StringBuilder();
        out.append("explaining ").append(result.displayName()).append(" for ").append(result.version().describe()).append('\n');
        String unverified = unverified(result);
        if (unverified != null) {
            out.append(unverified).append('\n');
        }
        HumanRenderer diagnostics = new HumanRenderer(color);
        for (Explanation e : explanations) {
            Route route = e.route();
            out.append('\n').append("== agent ").append(route.agentId()).append(" · ").append(route.slotName()).append(" · ")
                    .append(route.key()).append('\n');
            out.append("   route: provider ").append(route.provider()).append(", api ").append(route.api())
                    .append(", ").append(route.baseUrl() == null ? "no base URL" : Secrets.maskKeyShaped(route.baseUrl()))
                    .append(" (endpoint class ").append(route.endpointClass()).append(")\n");
            out.append("   cache: retention ").append(route.retention().value() == null ? "none applied" : route.retention().value())
                    .append(" (").append(route.retention().source()).append("), ")
                    .append(route.cache().markers().isEmpty() ? "no cache_control markers" : route.cache().markers().size() + " cache_control marker(s)")
                    .append('\n');
            for (String reason : route.cache().reasons()) {
                out.append("          ").append(reason).append('\n');
            }
            if (e.request() == null) {
                out.append("   ").append(e.modelled() ? "no request: " : "not modelled: ").append(e.refusal()).append('\n');
            } else {
                Map<String, Integer> references = new java.util.LinkedHashMap<>();
                for (Explanation.FieldNote note : e.notes()) {
                    references.putIfAbsent(note.field(), references.size() + 1);
                }
                out.append("   ").append(e.request().method()).append(' ').append(e.request().url())
                        .append(mark(references, "url")).append('\n');
                for (Map.Entry<String, String> h : e.request().headers().entrySet()) {
                    out.append("   ").append(h.getKey()).append(": ").append(h.getValue())
                            .append(mark(references, "header:" + h.getKey())).append('\n');
                }
                out.append(AnnotatedJson.render(e.request().body(), references, "   "));
                if (!references.isEmpty()) {
                    out.append("   why:\n");
                    for (Explanation.FieldNote note : e.notes()) {
                        out.append("     [").append(references.get(note.field())).append("] ").append(note.field()).append(": ")
                                .append(note.reason()).append('\n');
                    }
                }
            }
            if (e.failover() != null) {
                out.append(failoverText(e.failover()));
            }
            for (Diagnostic d : concerning(result.diagnostics(), route)) {
                for (String line : diagnostics.render(d).split("\n")) {
                    out.append("   ").append(line).append('\n');
                }
            }
        }
        List<Diagnostic> other = new ArrayList<>(result.diagnostics());
        for (Explanation e : explanations) {
            other.removeAll(concerning(result.diagnostics(), e.route()));
        }
        if (!other.isEmpty()) {
            out.append("\nother findings of `clawc check`:\n");
            for (Diagnostic d : other) {
                out.append(diagnostics.render(d)).append('\n');
            }
        }
        return out.toString();
    }

    /** The fallback's turn after earlier models failed: when it happens and the turn list it then receives. */
    private static String failoverText(Explanation.FailoverTurn turn) {
        StringBuilder out = new StringBuilder();
        if (turn.reachedOn().isEmpty()) {
            out.append("   failover: never reached: ").append(turn.unreached()).append('\n');
            return out.toString();
        }
        out.append("   failover: reached after ").append(String.join(", ", turn.reachedOn())).append('\n');
        if (turn.request() == null) {
            return out.toString();
        }
        ObjectNode body = turn.request().body();
        String container = FailoverRequests.turnList(body);
        if (container == null) {
            out.append("   then the same request as above\n");
            return out.toString();
        }
        Map<String, Integer> references = new java.util.LinkedHashMap<>();
        for (Explanation.FieldNote note : turn.notes()) {
            references.putIfAbsent(note.field(), references.size() + 1);
        }
        out.append("   then the same request as above, with ").append(container).append(":\n");
        ObjectNode only = JSON.createObjectNode();
        only.set(container, body.get(container));
        out.append(AnnotatedJson.render(only, references, "   "));
        for (Explanation.FieldNote note : turn.notes()) {
            out.append("     [").append(references.get(note.field())).append("] ").append(note.field()).append(": ")
                    .append(note.reason()).append('\n');
        }
        return out.toString();
    }

    private static String mark(Map<String, Integer> references, String field) {
        Integer reference = references.get(field);
        return reference == null ? "" : "  ← [" + reference + "]";
    }

    /** The findings about this route: on its slot, the models entries it reads, or the params it uses. */
    static List<Diagnostic> concerning(List<Diagnostic> diagnostics, Route route) {
        List<ConfigPath> paths = new ArrayList<>();
        if (route.slot() != null) {
            paths.add(route.slot().path());
        }
        for (Route.Param param : route.params().values()) {
            paths.add(param.path());
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.path() == null || d.path().isRoot()) {
                continue;
            }
            for (ConfigPath path : paths) {
                if (startsWith(d.path(), path) || startsWith(path, d.path()) && d.path().segments().size() > 2) {
                    out.add(d);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean startsWith(ConfigPath path, ConfigPath prefix) {
        List<Object> p = path.segments();
        List<Object> q = prefix.segments();
        return p.size() >= q.size() && p.subList(0, q.size()).equals(q);
    }
}
