package dev.clawc.testing;

import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.NamerWrapper;
import org.approvaltests.reporters.QuietReporter;

/**
 * Approval-test helper: compares text with {@code <dir>/<name>.approved<ext>} under testdata/.
 * On a mismatch (or a missing approved file) it writes {@code .received} beside it and fails;
 * review the received file and rename it to approve.
 */
public final class Golden {

    private Golden() {
    }

    public static void verify(String actual, Path directory, String name, String extensionWithDot) {
        String dir = directory.toAbsolutePath().toString();
        Options options = new Options()
                .withReporter(new QuietReporter())
                .forFile().withNamer(new NamerWrapper(() -> name, () -> dir))
                .forFile().withExtension(extensionWithDot);
        Approvals.verify(actual, options);
    }
}
