package dev.clawc.diag;

import java.util.List;

/**
 * GitHub Actions workflow commands: one {@code ::error file=...,line=...::message} line per finding,
 * which the runner turns into annotations on the pull request.
 */
public final class GithubRenderer {
    /** What `file=` is relative to: GitHub reads it from the repository root. */
    private final java.nio.file.Path base;

    public GithubRenderer() {
        this(RepositoryRoot.of(java.nio.file.Path.of("")));
    }

    public GithubRenderer(java.nio.file.Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append("::").append(command(d.severity())).append(' ');
            out.append("file=").append(property(d.fileName() == null ? ""
                    : d.fileName().equals("<stdin>") ? d.fileName() : RepositoryRoot.relative(base, d.fileName())));
            if (d.span() != null) {
                out.append(",line=").append(d.span().startLine())
                        .append(",col=").append(d.span().startColumn())
                        .append(",endLine=").append(d.span().endLine())
                        .append(",endColumn=").append(d.span().endColumn());
            }
            out.append(",title=").append(property("clawc(" + d.rule() + ")"));
            StringBuilder message = new StringBuilder(Secrets.maskKeyShaped(d.message()));
            for (String help : d.help()) {
                message.append("\nhelp: ").append(Secrets.maskKeyShaped(help));
            }
            out.append("::").append(data(message.toString())).append('\n');
        }
        return out.toString();
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escaping for the message part of a workflow command. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for property values, which also may not contain `:` or `,`. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
