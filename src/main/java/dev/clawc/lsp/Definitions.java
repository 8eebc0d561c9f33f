package dev.clawc.lsp;

import dev.clawc.config.ConfigModel;
import dev.clawc.config.ModelEntry;
import dev.clawc.config.Slot;
import dev.clawc.diag.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Go to definition: an {@code $include} path opens its file; a model alias jumps to the entry that defines it. */
final class Definitions {
    private Definitions() {
    }

    static List<Location> at(Path file, String text, int offset, Snapshot snapshot) {
        CursorLocation at = CursorLocation.at(text, offset);
        if (at.tokenStart() >= 0 && at.quote() != 0 && !at.expectsKey() && isInclude(at.path())) {
            Path base = file.getParent();
            Path target = base == null ? null : base.resolve(at.tokenValue(text)).normalize();
            if (target != null && Files.isRegularFile(target)) {
                return List.of(new Location(Uris.uri(target), new Range(new Position(0, 0), new Position(0, 0))));
            }
            return List.of();
        }
        ConfigModel config = snapshot.model();
        if (config == null) {
            return List.of();
        }
        for (Slot slot : config.slots()) {
            Span span = slot.node().span();
            if (span.start() <= offset && offset <= span.end() && file.equals(Uris.fromDisplayName(span.file().displayName()))) {
                ModelEntry alias = config.findAlias(slot.text(), slot.agentId());
                if (alias != null && alias.aliasNode() != null) {
                    return List.of(location(alias.member().key().span()));
                }
                return List.of();
            }
        }
        return List.of();
    }

    static Location location(Span span) {
        Positions positions = new Positions(span.file().text());
        return new Location(Uris.uri(Uris.fromDisplayName(span.file().displayName())), positions.range(span.start(), span.end()));
    }

    private static boolean isInclude(List<Object> path) {
        int n = path.size();
        return (n >= 1 && "$include".equals(path.get(n - 1))) || (n >= 2 && "$include".equals(path.get(n - 2)));
    }
}
