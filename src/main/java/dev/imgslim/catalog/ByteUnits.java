package dev.imgslim.catalog;

import java.util.Locale;

/** Decimal (SI) byte formatting, matching what Docker Hub shows: 410,908,459 B is "411 MB". */
public final class ByteUnits {
    private ByteUnits() {}

    public static String human(long bytes) {
        if (bytes < 0) {
            return "-" + human(-bytes);
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        // Round first, so 999.7 MB becomes "1.00 GB" rather than "1000 MB".
        if (Math.round(value) >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String number;
        if (unit >= 2) {
            // GB and above: three significant digits (1.11 GB, 28.6 GB, 6.66 GB) as Docker Hub does.
            number = value < 10
                    ? String.format(Locale.ROOT, "%.2f", value)
                    : value < 100
                            ? String.format(Locale.ROOT, "%.1f", value)
                            : String.format(Locale.ROOT, "%.0f", value);
            // "2.30 GB" reads better as "2.3 GB"; "2.00 GB" as "2 GB".
            if (number.contains(".")) {
                number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        } else {
            // MB/kB: whole numbers from 10 up (411 MB, 43 MB), one decimal below (3.8 MB).
            number = value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
        }
        return number + " " + units[unit];
    }
}
