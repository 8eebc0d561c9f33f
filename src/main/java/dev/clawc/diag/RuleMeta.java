package dev.clawc.diag;

/**
 * A rule's public face, whichever stage reports it: what users list, document, configure and what
 * {@code explain} reads to know that OpenClaw would refuse the config.
 *
 * @param id       lower-case words joined by {@code -}; its page is rules/docs/&lt;id&gt;.md
 * @param severity the default severity
 * @param stage    the pipeline stage that reports it: json5, load, schema, config, cli or rules
 * @param category what it is about (the stage for stage rules; a topic for semantic rules)
 * @param summary  one line: what it finds
 * @param refusing OpenClaw refuses to load a config with this finding (at error severity)
 * @param since    the first OpenClaw release where it applies, or "" for all earlier ones
 * @param until    the first OpenClaw release where it no longer applies, or "" for all later ones
 */
public record RuleMeta(String id, Severity severity, String stage, String category, String summary, boolean refusing,
        String since, String until) {

    /** A rule an early stage reports: it applies to every release. */
    public static RuleMeta ofStage(String stage, String id, Severity severity, boolean refusing, String summary) {
        return new RuleMeta(id, severity, stage, stage, summary, refusing, "", "");
    }
}
