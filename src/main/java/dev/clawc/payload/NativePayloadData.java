package dev.clawc.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.VersionProfile;
import dev.clawc.diag.SourceFile;
import dev.clawc.json5.Json5Array;
import dev.clawc.json5.Json5Boolean;
import dev.clawc.json5.Json5Member;
import dev.clawc.json5.Json5Number;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5Reader;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import dev.clawc.json5.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data files of the native builders (anthropic-messages, openai-responses, google-generative-ai) under
 * {@code rules/payload/}, read from the classpath once, plus small readers for route params and profile switches.
 */
final class NativePayloadData {
    private static final String DIR = "/clawc/rules/payload/";
    private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NativePayloadData() {
    }

    /** A data file as a JSON tree, e.g. {@code file("anthropic-messages.json5")}. */
    static JsonNode file(String name) {
        return CACHE.computeIfAbsent(name, NativePayloadData::load);
    }

    /** The section of a data file for the release's model library ({@code modelLibrary} switch). */
    static JsonNode library(String name, VersionProfile profile) {
        JsonNode section = file(name).path("libraries").path(modelLibrary(profile));
        if (section.isMissingNode()) {
            throw new IllegalStateException("no library `" + modelLibrary(profile) + "` in rules/payload/" + name);
        }
        return section;
    }

    static String modelLibrary(VersionProfile profile) {
        return profile.modelLibrary();
    }

    static boolean openClawLibrary(VersionProfile profile) {
        return "openclaw-ai".equals(modelLibrary(profile));
    }

    private static JsonNode load(String name) {
        try (InputStream in = NativePayloadData.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name);
            }
            ParseResult parsed = Json5Reader.read(new SourceFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            if (parsed.hasErrors() || parsed.value() == null) {
                throw new IllegalStateException("bad data file " + name + ": " + parsed.diagnostics());
            }
            return toJson(parsed.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON5 value as a Jackson tree (numbers exact; no redaction: config values are copied into bodies as written). */
    static JsonNode toJson(Json5Value value) {
        if (value instanceof Json5Object o) {
            ObjectNode out = NODES.objectNode();
            for (Json5Member m : o.members()) {
                out.set(m.name(), toJson(m.value()));
            }
            return out;
        }
        if (value instanceof Json5Array a) {
            ArrayNode out = NODES.arrayNode();
            for (Json5Value v : a.elements()) {
                out.add(toJson(v));
            }
            return out;
        }
        if (value instanceof Json5String s) {
            return NODES.textNode(s.value());
        }
        if (value instanceof Json5Number n) {
            if (!n.isFinite()) {
                return NODES.nullNode();
            }
            BigDecimal d = n.decimalValue();
            try {
                return NODES.numberNode(d.toBigIntegerExact().longValueExact());
            } catch (ArithmeticException notIntegral) {
                return NODES.numberNode(d);
            }
        }
        if (value instanceof Json5Boolean b) {
            return NODES.booleanNode(b.value());
        }
        return NODES.nullNode();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    /** Whether {@code id} contains any of {@code needles} (the data files list model-id fragments). */
    static boolean containsAny(String id, List<String> needles) {
        for (String n : needles) {
            if (id.contains(n)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ route params

    /** A param's value as a finite number, or null when it is absent or not a number (OpenClaw ignores it then). */
    static BigDecimal number(Route route, String... names) {
        for (String name : names) {
            Route.Param p = route.param(name);
            if (p != null && p.value() instanceof Json5Number n && n.isFinite()) {
                return n.decimalValue();
            }
        }
        return null;
    }

    /** The first of the named params that is set, or null. */
    static Route.Param param(Route route, String... names) {
        for (String name : names) {
            Route.Param p = route.param(name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * A param as a switch: a boolean, or a string (trimmed, any case) among {@code on} or {@code off} words; null when
     * it is unset or reads as neither.
     */
    static Boolean onOff(Route.Param p, Set<String> on, Set<String> off) {
        if (p == null) {
            return null;
        }
        if (p.value() instanceof Json5Boolean b) {
            return b.value();
        }
        if (p.value() instanceof Json5String s) {
            String v = s.value().trim().toLowerCase(Locale.ROOT);
            return on.contains(v) ? Boolean.TRUE : off.contains(v) ? Boolean.FALSE : null;
        }
        return null;
    }

    static String text(Route route, String... names) {
        Route.Param p = param(route, names);
        return p != null && p.value() instanceof Json5String s ? s.value() : null;
    }

    /** A number param as a JSON number node (integers stay integers). */
    static JsonNode numberNode(BigDecimal value) {
        try {
            return NODES.numberNode(value.toBigIntegerExact().longValueExact());
        } catch (ArithmeticException notIntegral) {
            return NODES.numberNode(value.stripTrailingZeros().doubleValue());
        }
    }

    /** Where a param came from, for margin notes: {@code agents.defaults.models["x/y"].params.temperature}. */
    static String source(Route.Param param) {
        return param == null ? "" : String.valueOf(param.path());
    }

    /** The route's `params.stop` as the list every API sends; null when there is none. */
    static ArrayNode stopSequences(Route route) {
        Route.Param stop = route.param("stop");
        return stopSequences(stop == null ? null : stop.value());
    }

    /** `params.stop` (a string or a list of strings) as the list every API sends; null when there is none. */
    static ArrayNode stopSequences(Json5Value value) {
        if (value == null) {
            return null;
        }
        ArrayNode out = NODES.arrayNode();
        if (value instanceof dev.clawc.json5.Json5String s && !s.value().isEmpty()) {
            out.add(s.value());
        } else if (value instanceof dev.clawc.json5.Json5Array a) {
            for (Json5Value v : a.elements()) {
                if (v instanceof dev.clawc.json5.Json5String s && !s.value().isEmpty()) {
                    out.add(s.value());
                }
            }
        }
        return out.isEmpty() ? null : out;
    }
}
