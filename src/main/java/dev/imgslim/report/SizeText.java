package dev.imgslim.report;

import dev.imgslim.catalog.DecimalText;

/**
 * Human byte figures in decimal units (1 MB = 1,000,000 bytes), as registries and {@code docker images}
 * show them. Always prefixed with "~": every figure here is an estimate or rounded.
 */
final class SizeText {
    private SizeText() {}

    /**
     * "~N MB" with whole megabytes from 10 MB up, one decimal below that, and kB under 1 MB so a small
     * saving never reads as "~0 MB".
     */
    static String approx(long bytes) {
        if (bytes >= 9_950_000) return "~" + Math.round(bytes / 1e6) + " MB";
        if (bytes >= 999_500) return "~" + DecimalText.halfUp(bytes, 1_000_000, 1) + " MB";
        return "~" + Math.max(1, Math.round(bytes / 1e3)) + " kB";
    }
}
