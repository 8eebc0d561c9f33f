package dev.clawc.json5;

/**
 * Shares the String of short texts that repeat within one file (key names above all: a config
 * writes {@code id}, {@code name}, {@code models} thousands of times), so the tree holds one copy
 * instead of one per occurrence. A direct-mapped table of fixed size: a lookup hashes the chars
 * in place and allocates only on a miss, and no input can make it grow.
 */
final class StringCache {
    static final int MAX_LENGTH = 32;
    private static final int SIZE = 4096; // a power of two

    private final String[] table = new String[SIZE];

    /** {@code text.substring(from, to)}, shared with an earlier equal one when it is short. */
    String get(String text, int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            return text.substring(from, to);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 12)) & (SIZE - 1);
        String cached = table[slot];
        if (cached != null && cached.length() == length && text.regionMatches(from, cached, 0, length)) {
            return cached;
        }
        String fresh = text.substring(from, to);
        table[slot] = fresh;
        return fresh;
    }
}
