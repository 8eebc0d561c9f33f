package dev.clawc.diag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report, the contract CI and editors rely on:
 * {@code {"tool","version", ...extra fields, "diagnostics":[...], "summary":{...}}}. Lines and columns
 * are 1-based, columns count code points, {@code endColumn} is exclusive. Fields of a diagnostic
 * without a location are null.
 */
public final class JsonRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final String toolVersion;

    public JsonRenderer(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public String render(List<Diagnostic> diagnostics, Map<String, String> extraFields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(dev.clawc.diag.PrettyJson.printer());
            json.writeStartObject();
            json.writeStringField("tool", "clawc");
            json.writeStringField("version", toolVersion);
            for (Map.Entry<String, String> field : extraFields.entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                writeDiagnostic(json, d);
            }
            json.writeEndArray();
            Summary summary = Summary.of(diagnostics);
            json.writeObjectFieldStart("summary");
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeNumberField("infos", summary.infos());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void writeDiagnostic(JsonGenerator json, Diagnostic d) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", d.rule());
        json.writeStringField("severity", d.severity().label());
        json.writeStringField("message", Secrets.maskKeyShaped(d.message()));
        json.writeStringField("file", d.fileName());
        Span span = d.span();
        if (span != null) {
            json.writeNumberField("line", span.startLine());
            json.writeNumberField("column", span.startColumn());
            json.writeNumberField("endLine", span.endLine());
            json.writeNumberField("endColumn", span.endColumn());
        } else {
            json.writeNullField("line");
            json.writeNullField("column");
            json.writeNullField("endLine");
            json.writeNullField("endColumn");
        }
        json.writeStringField("path", d.path() == null ? "" : d.path().toString());
        writeStrings(json, "notes", d.notes());
        writeStrings(json, "help", d.help());
        if (d.label() != null && !d.label().isEmpty()) {
            // the text under the primary span ("did you mean `models`?"), as the human output shows it
            json.writeStringField("label", Secrets.maskKeyShaped(d.label()));
        }
        if (!d.labels().isEmpty()) {
            json.writeArrayFieldStart("labels");
            for (Label label : d.labels()) {
                json.writeStartObject();
                json.writeStringField("message", Secrets.maskKeyShaped(label.message()));
                json.writeStringField("file", label.span().file().displayName());
                writeRange(json, label.span());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (d.fix() != null) {
            json.writeObjectFieldStart("fix");
            json.writeStringField("description", Secrets.maskKeyShaped(d.fix().description()));
            if (d.fix().unsafe()) {
                json.writeBooleanField("unsafe", true); // applied by `clawc fix --unsafe-fixes` only
            }
            json.writeArrayFieldStart("edits");
            for (Fix.Edit edit : d.fix().edits()) {
                json.writeStartObject();
                writeRange(json, edit.span());
                json.writeStringField("replacement", Secrets.maskKeyShaped(edit.replacement()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeRange(JsonGenerator json, Span span) throws IOException {
        json.writeNumberField("line", span.startLine());
        json.writeNumberField("column", span.startColumn());
        json.writeNumberField("endLine", span.endLine());
        json.writeNumberField("endColumn", span.endColumn());
    }

    private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(Secrets.maskKeyShaped(value));
        }
        json.writeEndArray();
    }
}
