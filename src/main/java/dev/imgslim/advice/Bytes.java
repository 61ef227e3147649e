package dev.imgslim.advice;

import dev.imgslim.catalog.ByteUnits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as users write them ({@code 500MB}, {@code 1.5 GB}, {@code 800MiB}) and as Docker Hub shows them. */
public final class Bytes {
    private Bytes() {}

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]*)\\s*");

    /**
     * Parses a size: a number with an optional unit B, kB, MB, GB, TB (decimal, as Docker Hub counts) or
     * KiB, MiB, GiB, TiB (binary). Units are case-insensitive; a bare number is bytes.
     *
     * @throws IllegalArgumentException naming the accepted units
     */
    public static long parse(String text) {
        Matcher m = text == null ? null : SIZE.matcher(text);
        if (m == null || !m.matches())
            throw new IllegalArgumentException("'" + text + "' is not a size (e.g. 500MB, 1.5GB, 800MiB)");
        double n = Double.parseDouble(m.group(1));
        double factor =
                switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "", "b" -> 1;
                    case "kb", "k" -> 1e3;
                    case "mb", "m" -> 1e6;
                    case "gb", "g" -> 1e9;
                    case "tb", "t" -> 1e12;
                    case "kib" -> 1024d;
                    case "mib" -> 1024d * 1024;
                    case "gib" -> 1024d * 1024 * 1024;
                    case "tib" -> 1024d * 1024 * 1024 * 1024;
                    default ->
                        throw new IllegalArgumentException("unknown size unit '" + m.group(2) + "' in '" + text
                                + "' (use B, kB, MB, GB, KiB, MiB or GiB)");
                };
        double bytes = n * factor;
        // Math.round saturates at Long.MAX_VALUE: a size beyond it would silently become another number.
        if (!(bytes < 0x1p63)) throw new IllegalArgumentException("'" + text + "' is too large (at most 8 EiB)");
        return Math.round(bytes);
    }

    /** Decimal units as Docker Hub shows them: {@code 411 MB}, {@code 1.11 GB}, {@code 3.8 MB}. */
    public static String human(long bytes) {
        return ByteUnits.human(bytes);
    }
}
