package dev.imgslim.catalog;

import java.util.regex.Pattern;

/**
 * What a suggestion saves, of one size kind. Either the difference of two catalog figures
 * ({@code basis} names both tags) or a published delta range.
 *
 * @param basis     how it was computed: the two measured images ({@code python:3.12 → python:3.12-slim}),
 *                  or the published claim for a delta
 * @param published true when it is a published delta, not the difference of two catalog figures
 */
public record Saving(
        SizeKind kind,
        long minBytes,
        long maxBytes,
        String basis,
        String source,
        String asOf,
        boolean uncertain,
        boolean published) {

    private static final Pattern DATE = Pattern.compile("(?:built |created )?(\\d{4}-\\d{2})(?:-\\d{2})?");

    public boolean isRange() {
        return maxBytes != minBytes;
    }

    /** {@code ~368 MB}, or {@code 2 GB–4 GB} for a range. */
    public String human() {
        return isRange()
                ? ByteUnits.human(minBytes) + "–" + ByteUnits.human(maxBytes)
                : "~" + ByteUnits.human(minBytes);
    }

    /** Year and month of {@link #asOf()} when it is a date, else the text as stored. */
    public String asOfMonth() {
        return month(asOf);
    }

    static String month(String asOf) {
        if (asOf == null) {
            return "date unknown";
        }
        var m = DATE.matcher(asOf.trim());
        return m.matches() ? m.group(1) : asOf;
    }

    /**
     * The older of two as-of texts (a combined figure is only as fresh as its older part). When
     * either is not a date ("RHEL 10 docs") both are kept, since their order is unknown.
     */
    static String older(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        String ka = a.replaceFirst("^(built|created) ", "");
        String kb = b.replaceFirst("^(built|created) ", "");
        if (ka.equals(kb)) {
            return ka;
        }
        if (!ka.matches("\\d{4}.*") || !kb.matches("\\d{4}.*")) {
            return ka + " / " + kb;
        }
        return ka.compareTo(kb) <= 0 ? ka : kb;
    }
}
