package dev.clawc.rules;

/** A semantic check over the typed config. Implementations carry {@link RuleInfo}. */
public interface Rule {

    void check(RuleContext context);

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
        }
        return info;
    }
}
