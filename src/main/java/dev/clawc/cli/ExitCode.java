package dev.clawc.cli;

/** The process exit codes: the contract with scripts, hooks and CI. */
public final class ExitCode {
    /** No finding at or above the failing severity. */
    public static final int CLEAN = 0;
    /** At least one finding at or above the failing severity. */
    public static final int FINDINGS = 1;
    /** Bad command line, or a file that could not be read. */
    public static final int USAGE_OR_IO = 2;

    private ExitCode() {
    }
}
