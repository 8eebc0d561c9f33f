package dev.clawc.cli;

import dev.clawc.config.KeyHistory;
import dev.clawc.config.ModelCatalog;
import dev.clawc.config.ProviderCatalog;
import dev.clawc.config.VersionProfiles;
import dev.clawc.release.Releases;
import dev.clawc.rules.RuleRegistry;
import dev.clawc.schema.SchemaValidator;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Start-up overlap: a release's schema validator, the rules and the bundled tables take tens of milliseconds to
 * build, and the command line itself about as long. On a machine with a second core they are built on a background
 * thread while the main thread parses arguments and reads the config; whoever needs them first waits
 * for the same (synchronized, build-once) instances.
 */
final class Warmup {

    private static final Map<String, Class<?>> COMMAND_CLASSES = Map.of("check", CheckCommand.class,
            "explain", ExplainCommand.class, "compile", CompileCommand.class, "fix", FixCommand.class);

    private Warmup() {
    }

    private static void readAnnotations(Class<?> type) {
        Field[] fields = type.getDeclaredFields();
        for (int i = fields.length - 1; i >= 0; i--) {
            fields[i].getAnnotations();
        }
        type.getAnnotations();
    }

    static void startFor(String[] args) {
        if (args.length == 0 || !COMMAND_CLASSES.containsKey(args[0]) || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Class<?> command = COMMAND_CLASSES.get(args[0]);
        Thread thread = new Thread(() -> {
            try {
                // The command line reads these classes' annotations; the first read of each annotation type
                // generates its proxy class (slow, interpreted). Read here from the end, while the main thread reads
                // from the start: the two meet, and Field/Class cache what either parsed.
                readAnnotations(AnalysisOptions.class);
                readAnnotations(command);
                // the newest release is the one a config without meta.lastTouchedVersion is read as
                SchemaValidator.forRelease(Releases.bundled().newest()).prepare();
                RuleRegistry.semanticRules();
                VersionProfiles.bundled().newest();
                ProviderCatalog.bundled();
                ModelCatalog.bundled();
                KeyHistory.bundled();
            } catch (RuntimeException e) {
                // the main thread builds them again and reports any problem itself
            }
        }, "clawc-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
