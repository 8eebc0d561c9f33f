package dev.clawc.json5;

/**
 * How much the reader accepts before it stops building: nesting depth, the length of one string, the
 * entries of one object or array. An OpenClaw config is far below each; past one, the reader reports
 * it (rule {@code limit-exceeded}, or {@code nesting-too-deep}) instead of spending memory on it.
 */
public record Json5Limits(int maxDepth, int maxStringLength, int maxEntries) {
    public static final Json5Limits DEFAULT = new Json5Limits(1000, 1 << 20, 100_000);
}
