package dev.imgslim.catalog;

/** Decimal (SI) byte formatting, matching what Docker Hub shows: 410,908,459 B is "411 MB". */
public final class ByteUnits {
    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

    private ByteUnits() {}

    public static String human(long bytes) {
        if (bytes < 0) {
            return "-" + human(-bytes);
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        // The unit: the largest whose value is at least 1 (TB at most), or the next one up where the value
        // rounds to 1000, so 999.7 MB becomes "1.00 GB" rather than "1000 MB".
        int unit = 0;
        long scale = 1000;
        while (unit < UNITS.length - 1 && bytes / scale >= 1000) {
            scale *= 1000;
            unit++;
        }
        if (unit < UNITS.length - 1 && bytes / scale >= 999 && 2 * (bytes - 999 * scale) >= scale) {
            scale *= 1000;
            unit++;
        }
        String number;
        if (unit >= 2) {
            // GB and above: three significant digits (1.11 GB, 28.6 GB, 6.66 GB) as Docker Hub does.
            int decimals = bytes < 10 * scale ? 2 : bytes < 100 * scale ? 1 : 0;
            number = DecimalText.halfUp(bytes, scale, decimals);
            // "2.30 GB" reads better as "2.3 GB"; "2.00 GB" as "2 GB".
            if (decimals > 0) {
                int end = number.length();
                while (number.charAt(end - 1) == '0') end--;
                if (number.charAt(end - 1) == '.') end--;
                number = number.substring(0, end);
            }
        } else {
            // MB/kB: whole numbers from 10 up (411 MB, 43 MB), one decimal below (3.8 MB).
            number = DecimalText.halfUp(bytes, scale, bytes < 10 * scale ? 1 : 0);
        }
        return number + " " + UNITS[unit];
    }
}
