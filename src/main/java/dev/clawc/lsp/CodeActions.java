package dev.clawc.lsp;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Fix;
import dev.clawc.diag.Secrets;
import dev.clawc.diag.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes for the findings in a range: each finding's machine-applicable fix (the edits {@code clawc fix}
 * applies) and a comment that suppresses the rule on the finding's line ({@code // clawc-ignore RULE: reason}).
 */
final class CodeActions {
    static final String SUPPRESS_PREFIX = "// clawc-ignore ";
    static final String REASON_PLACEHOLDER = "reason";

    private CodeActions() {
    }

    static List<CodeAction> in(Path file, String text, int start, int end, Snapshot snapshot) {
        Positions positions = new Positions(text);
        List<CodeAction> actions = new ArrayList<>();
        for (Diagnostic finding : snapshot.diagnosticsIn(file)) {
            Span span = finding.span();
            if (span == null || span.end() < start || span.start() > end) {
                continue;
            }
            org.eclipse.lsp4j.Diagnostic shown = DiagnosticConverter.convert(finding, positions);
            if (finding.fix() != null && !finding.fix().edits().isEmpty()) {
                boolean unsafe = finding.fix().unsafe();
                CodeAction fix = new CodeAction(Secrets.maskKeyShaped(finding.fix().description())
                        + (unsafe ? " (OpenClaw then starts without it)" : ""));
                fix.setKind(CodeActionKind.QuickFix);
                fix.setDiagnostics(List.of(shown));
                fix.setIsPreferred(!unsafe); // an editor's "fix all" must not drop settings
                fix.setEdit(edit(finding.fix()));
                actions.add(fix);
            }
            actions.add(suppress(finding, shown, positions, text));
        }
        return actions;
    }

    private static WorkspaceEdit edit(Fix fix) {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (Fix.Edit edit : fix.edits()) {
            Span span = edit.span();
            Positions positions = new Positions(span.file().text());
            changes.computeIfAbsent(Uris.uri(Uris.fromDisplayName(span.file().displayName())), k -> new ArrayList<>())
                    .add(new TextEdit(positions.range(span.start(), span.end()), edit.replacement()));
        }
        return new WorkspaceEdit(changes);
    }

    /** A trailing line comment on the finding's first line naming the rule, with a reason to fill in. */
    private static CodeAction suppress(Diagnostic finding, org.eclipse.lsp4j.Diagnostic shown, Positions positions, String text) {
        int line = positions.position(finding.span().start()).getLine();
        String lineText = positions.lineText(line);
        int lineEnd = positions.lineStart(line) + lineText.length();
        String comment = SUPPRESS_PREFIX + finding.rule() + ": " + REASON_PLACEHOLDER;
        TextEdit insert;
        if (hasComment(lineText)) {
            // the line already ends in a comment: put the suppression on its own line above, indented alike
            String indent = lineText.substring(0, lineText.length() - lineText.stripLeading().length());
            int lineStart = positions.lineStart(line);
            String newline = text.contains("\r\n") ? "\r\n" : "\n";
            insert = new TextEdit(positions.range(lineStart, lineStart), indent + comment + newline);
        } else {
            insert = new TextEdit(positions.range(lineEnd, lineEnd), " " + comment);
        }
        CodeAction action = new CodeAction("Suppress `" + finding.rule() + "` on this line");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(shown));
        action.setEdit(new WorkspaceEdit(Map.of(shownUri(finding), List.of(insert))));
        return action;
    }

    /** True when the line has a comment outside strings (a trailing `//` would then sit inside it). */
    static boolean hasComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && (line.charAt(i + 1) == '/' || line.charAt(i + 1) == '*')) {
                return true;
            }
        }
        return false;
    }

    private static String shownUri(Diagnostic finding) {
        return Uris.uri(Uris.fromDisplayName(finding.span().file().displayName()));
    }
}
