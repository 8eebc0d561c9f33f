package dev.clawc.load;

import java.util.List;

/**
 * How one string value was produced by {@code ${VAR}} substitution.
 *
 * @param original  the string as written in the config (after JSON5 unescaping, before substitution)
 * @param variables the names whose values were inserted, in order of first use, without repeats;
 *                  empty when the only change was unescaping {@code $${NAME}}
 */
public record Substitution(String original, List<String> variables) {

    public Substitution {
        variables = List.copyOf(variables);
    }

    /** True when at least one value was taken from the environment. */
    public boolean fromEnvironment() {
        return !variables.isEmpty();
    }

    /**
     * The substituted value with each inserted variable shown as {@code <redacted:NAME>} instead of
     * its value, for output that must not reveal secrets. Escapes print as their literal text;
     * references that could not be resolved stay as {@code ${NAME}}.
     */
    public String redacted() {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (EnvTemplate.Token token : EnvTemplate.scan(original)) {
            if (token instanceof EnvTemplate.Invalid) {
                continue;
            }
            out.append(original, at, token.start());
            if (token instanceof EnvTemplate.Reference reference && variables.contains(reference.name())) {
                out.append("<redacted:").append(reference.name()).append('>');
            } else if (token instanceof EnvTemplate.Reference reference) {
                out.append("${").append(reference.name()).append('}');
            } else {
                out.append("${").append(((EnvTemplate.Escape) token).name()).append('}');
            }
            at = token.end();
        }
        return out.append(original.substring(at)).toString();
    }
}
