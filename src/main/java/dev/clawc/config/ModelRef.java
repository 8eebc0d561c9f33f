package dev.clawc.config;

/**
 * A model reference as OpenClaw reads it: {@code provider/model[@profile]}, split on the first
 * {@code /}. {@code provider} is null for a bare ref (no {@code /}). {@code provider} is the
 * normalized (lowercased) id; {@code model} the normalized model id.
 */
public record ModelRef(String raw, String provider, String model, String profile, String writtenProvider,
        String writtenModel) {

    public boolean isBare() {
        return provider == null;
    }

    /**
     * The key OpenClaw looks params and aliases up under ({@code modelKey}): {@code provider/model},
     * or just the model id when it already starts with {@code provider/}.
     */
    public String key() {
        return ModelRefs.canonicalKey(provider, model);
    }

    @Override
    public String toString() {
        return isBare() ? model : key();
    }
}
