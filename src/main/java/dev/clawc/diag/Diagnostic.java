package dev.clawc.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One finding: which rule, how severe, what is wrong, where (a primary span plus labelled secondary
 * spans), and what to do about it (notes, help lines, an optional machine-applicable fix).
 * A diagnostic without a span concerns a whole file (for example one that cannot be read).
 */
public record Diagnostic(
        String rule,
        Severity severity,
        String message,
        String fileName,
        Span span,
        String label,
        List<Label> labels,
        ConfigPath path,
        List<String> notes,
        List<String> help,
        Fix fix) {

    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        // text from the config (key names) may hold ESC/BEL or lone surrogates: printed escaped, never raw
        message = VisibleText.of(message);
        label = label == null ? null : VisibleText.of(label);
        labels = labels.stream().map(l -> new Label(l.span(), VisibleText.of(l.message()))).toList();
        notes = notes.stream().map(VisibleText::of).toList();
        help = help.stream().map(VisibleText::of).toList();
        if (fileName == null && span != null) {
            fileName = span.file().displayName();
        }
    }

    public static Builder builder(String rule, Severity severity, String message) {
        return new Builder(rule, severity, message);
    }

    /** The same finding at another severity (used for per-rule severity overrides). */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, message, fileName, span, label, labels, path, notes, help, fix);
    }

    public static final class Builder {
        private final String rule;
        private final Severity severity;
        private final String message;
        private String fileName;
        private Span span;
        private String label;
        private final List<Label> labels = new ArrayList<>();
        private ConfigPath path;
        private final List<String> notes = new ArrayList<>();
        private final List<String> help = new ArrayList<>();
        private Fix fix;

        private Builder(String rule, Severity severity, String message) {
            this.rule = rule;
            this.severity = severity;
            this.message = message;
        }

        /** The primary location, with an optional label printed under it. */
        public Builder at(Span primary, String primaryLabel) {
            this.span = primary;
            this.label = primaryLabel;
            return this;
        }

        public Builder at(Span primary) {
            return at(primary, null);
        }

        /** For findings about a whole file that has no text to point into. */
        public Builder file(String name) {
            this.fileName = name;
            return this;
        }

        public Builder label(Span where, String text) {
            labels.add(new Label(where, text));
            return this;
        }

        public Builder path(ConfigPath configPath) {
            this.path = configPath;
            return this;
        }

        public Builder note(String text) {
            notes.add(text);
            return this;
        }

        public Builder help(String text) {
            help.add(text);
            return this;
        }

        public Builder fix(Fix machineFix) {
            this.fix = machineFix;
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(rule, severity, message, fileName, span, label, labels,
                    path == null ? ConfigPath.root() : path, notes, help, fix);
        }
    }
}
