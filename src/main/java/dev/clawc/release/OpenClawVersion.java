package dev.clawc.release;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenClaw release number: {@code YEAR.MONTH.DAY} with an optional {@code -N} rebuild suffix
 * ({@code 2026.2.6-3}). Ordered by date, then rebuild.
 */
public record OpenClawVersion(int year, int month, int day, int build) implements Comparable<OpenClawVersion> {
    private static final Pattern FORM = Pattern.compile("v?(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})(?:-(\\d+))?");

    public static OpenClawVersion parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an OpenClaw version: `" + text + "` (expected YEAR.MONTH.DAY)");
        }
        return new OpenClawVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    }

    public static boolean isVersion(String text) {
        return text != null && FORM.matcher(text.trim()).matches();
    }

    public boolean atLeast(OpenClawVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(OpenClawVersion o) {
        if (year != o.year) {
            return Integer.compare(year, o.year);
        }
        if (month != o.month) {
            return Integer.compare(month, o.month);
        }
        if (day != o.day) {
            return Integer.compare(day, o.day);
        }
        return Integer.compare(build, o.build);
    }

    // equals and hashCode written out, with the values the record's generated ones give: those are linked on first
    // call through method handles, which costs start-up time (and runs slowly interpreted) for a hot map key
    @Override
    public boolean equals(Object o) {
        return o instanceof OpenClawVersion v && year == v.year && month == v.month && day == v.day && build == v.build;
    }

    @Override
    public int hashCode() {
        return ((year * 31 + month) * 31 + day) * 31 + build;
    }

    @Override
    public String toString() {
        return year + "." + month + "." + day + (build > 0 ? "-" + build : "");
    }
}
