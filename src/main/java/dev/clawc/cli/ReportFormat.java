package dev.clawc.cli;

/** How `clawc check` prints its findings. */
public enum ReportFormat {
    /** rustc-style text with code frames, for people. */
    human,
    /** one JSON document, clawc's own contract. */
    json,
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF consumers. */
    sarif,
    /** GitHub Actions workflow commands (`::error file=...::`), which become annotations. */
    github,
    /** one line per finding: {@code file:line:col: severity[rule] message}. */
    concise
}
