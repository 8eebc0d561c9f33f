package dev.clawc.rules;

import dev.clawc.diag.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on the rule's class and nowhere else (one rule per class, as in Error Prone).
 * A class in {@code dev.clawc.rules.checks} carrying it is registered by {@link RuleRegistry}; its page
 * is rules/docs/&lt;id&gt;.md, whose header a test checks against these values.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** The id users see and configure: lower-case words joined by `-`. Its doc is rules/docs/&lt;id&gt;.md. */
    String id();

    Severity severity();

    RuleCategory category();

    /** One line: what the rule finds. */
    String summary();

    /** OpenClaw refuses to load a config with this finding (at error): {@code explain} shows no request then. */
    boolean refusing() default false;

    /**
     * A boolean switch of rules/openclaw/switches.json5 ("" = always): the rule runs only for releases where
     * it is true. Release bounds live in the switch table, never here.
     */
    String when() default "";

    /**
     * Schema findings ({@code unknown-key}, {@code missing-key}, {@code invalid-value}, ...) at the same
     * config path as one of this rule's findings are dropped: this rule says the same thing better.
     */
    boolean supersedesSchema() default false;
}
