package dev.clawc.load;

import dev.clawc.diag.RuleMeta;
import dev.clawc.diag.Severity;
import java.util.List;

/** The rule ids the load stage reports. Each has a page under {@code rules/docs/<id>.md}. */
public final class LoadRules {
    /** An included file does not exist. */
    public static final String INCLUDE_NOT_FOUND = "include-not-found";
    /** An included file exists but cannot be read (permissions, I/O error, unusable path). */
    public static final String INCLUDE_UNREADABLE = "include-unreadable";
    /** A file includes itself, directly or through other files. */
    public static final String INCLUDE_CYCLE = "include-cycle";
    /** An include path leaves the config directory, lexically or through a symlink. */
    public static final String INCLUDE_ESCAPES_ROOT = "include-escapes-root";
    /** Includes nested deeper than the limit (10). */
    public static final String INCLUDE_DEPTH = "include-depth";
    /** A {@code $include} value of the wrong type, or sibling keys next to non-object content. */
    public static final String INCLUDE_NOT_OBJECT = "include-not-object";
    /** More include expansions than the limit (1,000) in one load. */
    public static final String INCLUDE_COUNT = "include-count";
    /** An included file larger than the limit (2 MiB). */
    public static final String INCLUDE_TOO_LARGE = "include-too-large";
    /** An include target that is a directory, device, FIFO, or a hard-linked file. */
    public static final String INCLUDE_NOT_REGULAR_FILE = "include-not-regular-file";
    /** {@code ${VAR}} names a variable that is unset or empty. */
    public static final String ENV_VAR_UNDEFINED = "env-var-undefined";
    /** {@code ${var}} with a name OpenClaw never substitutes (lowercase, shell-style default, ...). */
    public static final String ENV_VAR_LOWERCASE = "env-var-lowercase";
    /** A line of an {@code --env-file} that is not {@code KEY=VALUE}. */
    public static final String ENV_FILE_SYNTAX = "env-file-syntax";
    /** An {@code --env-file} that cannot be read. */
    public static final String IO_ERROR = "io-error";

    /** Every rule id above except {@code io-error}, which belongs to the command line. */
    public static final List<String> ALL = List.of(INCLUDE_NOT_FOUND, INCLUDE_UNREADABLE, INCLUDE_CYCLE,
            INCLUDE_ESCAPES_ROOT, INCLUDE_DEPTH, INCLUDE_COUNT, INCLUDE_NOT_OBJECT, INCLUDE_TOO_LARGE, INCLUDE_NOT_REGULAR_FILE,
            ENV_VAR_UNDEFINED, ENV_VAR_LOWERCASE, ENV_FILE_SYNTAX);

    /** A {@code .clawc.json5} project settings file that does not parse or holds a bad value. */
    public static final String SETTINGS_INVALID = "settings-invalid";

    /** An input larger than the command line's size limit. */
    public static final String FILE_TOO_LARGE = "file-too-large";

    /** Every load-stage rule (and the two input rules) with its metadata; the registry lists them from here. */
    public static final List<RuleMeta> RULES = List.of(
            RuleMeta.ofStage("cli", IO_ERROR, Severity.ERROR, false, "An input that cannot be read."),
            RuleMeta.ofStage("cli", FILE_TOO_LARGE, Severity.ERROR, false, "An input larger than the size limit."),
            RuleMeta.ofStage("cli", SETTINGS_INVALID, Severity.ERROR, false, "A `.clawc.json5` project settings file that does not parse or holds a bad value."),
            RuleMeta.ofStage("load", INCLUDE_NOT_FOUND, Severity.ERROR, true, "An `$include` names a file that does not exist."),
            RuleMeta.ofStage("load", INCLUDE_UNREADABLE, Severity.ERROR, true, "An included file that cannot be read."),
            RuleMeta.ofStage("load", INCLUDE_CYCLE, Severity.ERROR, true, "A file includes itself, directly or through others."),
            RuleMeta.ofStage("load", INCLUDE_ESCAPES_ROOT, Severity.ERROR, true, "An include path leaves the config's directory."),
            RuleMeta.ofStage("load", INCLUDE_DEPTH, Severity.ERROR, true, "Includes nested more than 10 deep."),
            RuleMeta.ofStage("load", INCLUDE_COUNT, Severity.ERROR, false, "More than 1,000 include expansions in one config."),
            RuleMeta.ofStage("load", INCLUDE_NOT_OBJECT, Severity.ERROR, true, "A bad `$include` value, or siblings next to non-object content."),
            RuleMeta.ofStage("load", INCLUDE_TOO_LARGE, Severity.ERROR, true, "An included file larger than 2 MiB."),
            RuleMeta.ofStage("load", INCLUDE_NOT_REGULAR_FILE, Severity.ERROR, true, "An include target that is not a regular file."),
            RuleMeta.ofStage("load", ENV_VAR_UNDEFINED, Severity.WARNING, false, "`${VAR}` names a variable that is unset or empty."),
            RuleMeta.ofStage("load", ENV_VAR_LOWERCASE, Severity.WARNING, false, "`${var}` with a name OpenClaw never substitutes."),
            RuleMeta.ofStage("load", ENV_FILE_SYNTAX, Severity.ERROR, false, "A line of an --env-file that is not KEY=VALUE."));

    private LoadRules() {
    }
}
