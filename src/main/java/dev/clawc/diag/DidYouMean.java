package dev.clawc.diag;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest known name for a misspelt one (edit distance, case-insensitive). */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within a distance that still reads as a typo, or null. */
    public static String closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = written.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            // on a tie, a same-length candidate (one mistyped letter) beats one letter more or less
            boolean better = distance < bestDistance || distance == bestDistance && best != null
                    && candidate.length() == written.length() && best.length() != written.length();
            if (better) {
                bestDistance = distance;
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(1, Math.min(written.length(), best.length()) / 3);
        boolean prefix = best.toLowerCase(Locale.ROOT).startsWith(lower) && lower.length() >= 3
                || lower.startsWith(best.toLowerCase(Locale.ROOT)) && best.length() >= 3;
        return bestDistance <= allowed || prefix ? best : null;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
