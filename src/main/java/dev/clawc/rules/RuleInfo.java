package dev.clawc.rules;

import dev.clawc.diag.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, on the rule's class (one rule per class, as in Error Prone). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** The id users see and configure: lower-case words joined by `-`. Its doc is rules/docs/&lt;id&gt;.md. */
    String id();

    Severity severity();

    /** One line: what the rule finds. */
    String summary();

    /**
     * Schema findings ({@code unknown-key}, {@code missing-key}, {@code invalid-value}, ...) at the same
     * config path as one of this rule's findings are dropped: this rule says the same thing better.
     */
    boolean supersedesSchema() default false;
}
