package dev.clawc.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clawc.config.ConfigModel;
import dev.clawc.config.CustomProvider;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.ModelInfo;
import dev.clawc.config.ProviderCatalog;
import dev.clawc.json5.Json5Object;
import dev.clawc.json5.Json5String;
import dev.clawc.json5.Json5Value;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;

/**
 * Completion at a cursor: member names from the schema (with their descriptions), enum values and the
 * schema's examples, model refs
 * (the catalogs' routes, the config's custom providers' models and its aliases), {@code $include} paths and
 * {@code ${VAR}} names. Each item replaces the whole token under the cursor.
 */
final class Completions {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final String INCLUDE = "$include";

    private final SchemaIndex schema;

    Completions(SchemaIndex schema) {
        this.schema = schema;
    }

    List<CompletionItem> at(Path file, String text, int offset, Snapshot snapshot) {
        Positions positions = new Positions(text);
        CursorLocation at = CursorLocation.at(text, offset);
        if (at.tokenStart() < 0) {
            return List.of(); // in a comment
        }
        List<CompletionItem> items = new ArrayList<>();
        int envStart = unclosedReference(at, text, offset);
        if (envStart >= 0) {
            for (String name : envNames(snapshot)) {
                items.add(item(name, CompletionItemKind.Variable, "environment variable", null,
                        new TextEdit(positions.range(envStart, offset), name + "}")));
            }
            return items;
        }
        SchemaIndex schema = this.schema.forRelease(snapshot == null || snapshot.model() == null ? null : snapshot.model().version());
        if (at.expectsKey()) {
            keys(schema, at, text, positions, items);
        } else if (isInclude(at)) {
            includePaths(file, at, text, positions, items);
        } else {
            values(schema, at, text, positions, snapshot, items);
        }
        return items;
    }

    private void keys(SchemaIndex schema, CursorLocation at, String text, Positions positions, List<CompletionItem> items) {
        for (Map.Entry<String, SchemaIndex.Node> property : schema.properties(at.path()).entrySet()) {
            String name = property.getKey();
            if (at.siblingKeys().contains(name) && !name.equals(at.tokenValue(text))) {
                continue;
            }
            items.add(item(name, CompletionItemKind.Property, type(property.getValue().schema()),
                    property.getValue().description(), keyEdit(name, at, text, positions)));
        }
        List<String> memberRefs = schema.memberRefs(at.path());
        if (memberRefs.contains(SchemaIndex.MODEL_ENTRY)) {
            for (Map.Entry<String, String> ref : modelRefs(null).entrySet()) {
                items.add(item(ref.getKey(), CompletionItemKind.Value, ref.getValue(), null, keyEdit(ref.getKey(), at, text, positions)));
            }
        }
        if (memberRefs.contains(SchemaIndex.PROVIDER_ENTRY) || memberRefs.contains(SchemaIndex.CUSTOM_PROVIDER_ENTRY)) {
            for (String id : new TreeSet<>(ProviderCatalog.bundled().ids())) {
                items.add(item(id, CompletionItemKind.Module, "built-in provider (overlay)", null, keyEdit(id, at, text, positions)));
            }
        }
        if (!at.siblingKeys().contains(INCLUDE)) {
            items.add(item(INCLUDE, CompletionItemKind.Keyword, "$include",
                    "Merge another JSON5 file (or a list of files) into this object. Paths are relative to this file.",
                    keyEdit(INCLUDE, at, text, positions)));
        }
    }

    private void values(SchemaIndex schema, CursorLocation at, String text, Positions positions, Snapshot snapshot, List<CompletionItem> items) {
        boolean modelRef = false;
        Map<String, String> seen = new LinkedHashMap<>();
        for (SchemaIndex.Node node : schema.at(at.path())) {
            modelRef |= SchemaIndex.MODEL_REF.equals(node.ref());
            JsonNode values = node.schema().get("enum");
            JsonNode descriptions = node.schema().get("enumDescriptions");
            if (values != null && values.isArray()) {
                for (int i = 0; i < values.size(); i++) {
                    String doc = descriptions != null && descriptions.size() > i ? descriptions.get(i).asText() : node.description();
                    seen.putIfAbsent(values.get(i).isTextual() ? values.get(i).asText() : values.get(i).toString(), doc);
                }
            }
            JsonNode examples = node.schema().get("examples");
            if (examples != null && examples.isArray()) {
                for (JsonNode example : examples) {
                    if (example.isValueNode()) {
                        seen.putIfAbsent(example.isTextual() ? example.asText() : example.toString(), node.description());
                    }
                }
            }
            JsonNode constant = node.schema().get("const");
            if (constant != null) {
                seen.putIfAbsent(constant.isTextual() ? constant.asText() : constant.toString(), node.description());
            }
            JsonNode type = node.schema().get("type");
            if (type != null && type.asText().equals("boolean")) {
                seen.putIfAbsent("true", null);
                seen.putIfAbsent("false", null);
            }
        }
        for (Map.Entry<String, String> value : seen.entrySet()) {
            boolean literal = value.getKey().equals("true") || value.getKey().equals("false") || value.getKey().equals("null")
                    || value.getKey().matches("-?[0-9][0-9.eE+-]*");
            items.add(item(value.getKey(), CompletionItemKind.EnumMember, null, value.getValue(),
                    valueEdit(value.getKey(), literal, at, text, positions)));
        }
        if (modelRef) {
            for (Map.Entry<String, String> ref : modelRefs(snapshot == null ? null : snapshot.model()).entrySet()) {
                items.add(item(ref.getKey(), CompletionItemKind.Value, ref.getValue(), null,
                        valueEdit(ref.getKey(), false, at, text, positions)));
            }
        }
    }

    /** Model refs: the config's aliases and configured refs first, then custom providers' models, then the catalog. */
    static Map<String, String> modelRefs(ConfigModel config) {
        Map<String, String> refs = new LinkedHashMap<>();
        if (config != null) {
            for (ModelEntry entry : config.modelEntries()) {
                if (entry.alias() != null) {
                    refs.putIfAbsent(entry.alias(), "alias for " + entry.key());
                }
            }
            for (ModelEntry entry : config.modelEntries()) {
                if (!entry.isWildcard()) {
                    refs.putIfAbsent(entry.key(), "configured in " + entry.path().parent());
                }
            }
            for (CustomProvider provider : config.providers().values()) {
                if (provider.models() == null) {
                    continue;
                }
                for (Json5Value row : provider.models().elements()) {
                    if (row instanceof Json5Object object && object.get("id") instanceof Json5String id) {
                        refs.putIfAbsent(provider.id() + "/" + id.value(), "model of provider " + provider.id());
                    }
                }
            }
        }
        for (ModelInfo model : ModelCatalog.bundled().models()) {
            String detail = model.isRetired() ? "retired" + (model.retired().on() != null ? " " + model.retired().on() : "")
                    : "caching: " + model.caching();
            refs.putIfAbsent(model.ref(), detail);
        }
        return refs;
    }

    private void includePaths(Path file, CursorLocation at, String text, Positions positions, List<CompletionItem> items) {
        Path base = file.getParent();
        if (base == null) {
            return;
        }
        String prefix = at.prefix();
        int slash = prefix.lastIndexOf('/');
        String dirPart = slash >= 0 ? prefix.substring(0, slash + 1) : "";
        Path dir = base.resolve(dirPart).normalize();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || entry.equals(file)) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    items.add(item(dirPart + name + "/", CompletionItemKind.Folder, "directory", null,
                            valueEdit(dirPart + name + "/", false, at, text, positions)));
                } else if (name.endsWith(".json") || name.endsWith(".json5")) {
                    items.add(item(dirPart + name, CompletionItemKind.File, "include file", null,
                            valueEdit(dirPart + name, false, at, text, positions)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no such directory yet: nothing to offer
        }
        items.sort(java.util.Comparator.comparing(CompletionItem::getLabel));
    }

    private static List<String> envNames(Snapshot snapshot) {
        TreeSet<String> names = new TreeSet<>();
        if (snapshot != null && snapshot.result().load() != null) {
            names.addAll(snapshot.result().load().environment().asMap().keySet());
        } else if (snapshot != null && snapshot.result().environment() != null) {
            names.addAll(snapshot.result().environment().asMap().keySet());
        }
        names.removeIf(name -> !name.matches("[A-Z_][A-Z0-9_]*"));
        return new ArrayList<>(names);
    }

    /** Where a {@code ${NAME} } being typed in a string starts (after {@code ${}), or -1. */
    private static int unclosedReference(CursorLocation at, String text, int offset) {
        if (at.quote() == 0 || at.expectsKey()) {
            return -1;
        }
        String prefix = at.prefix();
        int open = prefix.lastIndexOf("${");
        if (open < 0 || prefix.indexOf('}', open) >= 0) {
            return -1;
        }
        return at.tokenStart() + 1 + open + 2;
    }

    private static boolean isInclude(CursorLocation at) {
        List<Object> path = at.path();
        for (int i = path.size() - 1; i >= 0 && i >= path.size() - 2; i--) {
            if (INCLUDE.equals(path.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static TextEdit keyEdit(String name, CursorLocation at, String text, Positions positions) {
        if (at.quote() != 0) {
            return new TextEdit(positions.range(at.tokenStart() + 1, contentEnd(at, text)), escape(name, at.quote()));
        }
        String written = IDENTIFIER.matcher(name).matches() ? name : "\"" + escape(name, '"') + "\"";
        return new TextEdit(positions.range(at.tokenStart(), at.tokenEnd()), written);
    }

    private static TextEdit valueEdit(String value, boolean literal, CursorLocation at, String text, Positions positions) {
        if (at.quote() != 0) {
            return new TextEdit(positions.range(at.tokenStart() + 1, contentEnd(at, text)), escape(value, at.quote()));
        }
        return new TextEdit(positions.range(at.tokenStart(), at.tokenEnd()), literal ? value : "\"" + escape(value, '"') + "\"");
    }

    /** End of a quoted token's content: before its closing quote, or the token's end when it is not closed. */
    private static int contentEnd(CursorLocation at, String text) {
        int end = at.tokenEnd();
        return end > at.tokenStart() + 1 && text.charAt(end - 1) == at.quote() ? end - 1 : end;
    }

    private static String escape(String text, char quote) {
        return text.replace("\\", "\\\\").replace(String.valueOf(quote), "\\" + quote);
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        return type == null ? null : type.isArray() ? type.toString() : type.asText();
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail, String documentation, TextEdit edit) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        if (documentation != null) {
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, documentation));
        }
        item.setTextEdit(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(edit));
        item.setFilterText(label);
        return item;
    }
}
