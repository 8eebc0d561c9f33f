package dev.clawc.cli;

/** How findings are printed. */
public enum OutputFormat {
    /** rustc-style text with code frames, for people. */
    human,
    /** one JSON document, for tools and CI. */
    json
}
